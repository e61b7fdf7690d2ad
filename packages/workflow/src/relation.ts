import type { OrgRelation, OrgType } from './types';

/** The positions above a report's org that take part in its approval, by the type of the org holding them. */
const RELATION_OF_ANCESTOR: Partial<Record<OrgType, OrgRelation>> = { district: 'district', city: 'city' };

/**
 * Place the org a role is held in relative to the report's org. Anything that is neither the report's org nor
 * its district or city above — a sibling, another branch, or an org below — is `none`.
 */
export function relationOf(input: {
  actorOrg: { id: string | number; type: OrgType };
  reportOrg: { id: string | number; ancestorIds: readonly (string | number)[] };
}): OrgRelation {
  const { actorOrg, reportOrg } = input;
  if (actorOrg.id === reportOrg.id) return 'own';
  if (!reportOrg.ancestorIds.includes(actorOrg.id)) return 'none';
  return RELATION_OF_ANCESTOR[actorOrg.type] ?? 'none';
}
