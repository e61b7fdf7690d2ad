import type { OrgRelation, Role, WorkflowActor } from '../types';

export function actor(...grants: [Role, OrgRelation][]): WorkflowActor {
  return { grants: grants.map(([role, relation]) => ({ role, relation })) };
}

export const townshipSubmitter = actor(['submitter', 'own']);
export const unitLeader = actor(['unit_leader', 'own']);
export const districtReviewer = actor(['reviewer', 'district']);
export const districtLeader = actor(['leader', 'district']);
export const cityReviewer = actor(['reviewer', 'city']);
export const cityLeader = actor(['leader', 'city']);
