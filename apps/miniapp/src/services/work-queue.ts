import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType, ReportState, ReviewState, Role } from '@nianbao/workflow';

/** Who is asking: the fields of `/api/me` that decide what waits for them. */
export interface QueueOwner {
  orgId: number;
  orgType: OrgType;
  roles: readonly Role[];
}

/** A state whose reports wait for this user, and whether only their own org's reports count. */
export interface QueueState {
  state: ReportState;
  isOwnOrgOnly: boolean;
}

const REVIEW_STATES = Object.keys(WORKFLOW.steps) as ReviewState[];

/**
 * The states in which a report waits for this user, read from the workflow definition: the review steps whose
 * owner role they hold at the right level (the API already limits lists to the user's part of the org tree), and
 * `draft` for those who submit their own org's report (to fill in, or to fix after a return).
 */
export function queueStatesFor(owner: QueueOwner): QueueState[] {
  const states: QueueState[] = [];
  const submit = WORKFLOW.transitions.find((transition) => transition.action === 'submit');
  const submitters = submit?.by.kind === 'grants' ? submit.by.grants : [];
  if (submitters.some((grant) => grant.relation === 'own' && owner.roles.includes(grant.role))) {
    states.push({ state: 'draft', isOwnOrgOnly: true });
  }
  for (const state of REVIEW_STATES) {
    const { role, relation } = WORKFLOW.steps[state].owner;
    if (!owner.roles.includes(role)) continue;
    if (relation === 'own') states.push({ state, isOwnOrgOnly: true });
    else if (relation === owner.orgType) states.push({ state, isOwnOrgOnly: false });
  }
  return states;
}

/** Whether a report listed for a queue state is this user's to act on. */
export function isInQueue(report: { orgId: number }, queueState: QueueState, owner: QueueOwner): boolean {
  return queueState.isOwnOrgOnly ? report.orgId === owner.orgId : report.orgId !== owner.orgId;
}
