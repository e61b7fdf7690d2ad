import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';

/** Which type of org each type hangs under: the shape of the tree, as data. */
export const PARENT_TYPE: Record<OrgType, OrgType | null> = {
  city: null,
  district: 'city',
  city_department: 'city',
  township: 'district',
  district_department: 'district',
};

/** Org types by their Chinese name as written in an import file (the label, or a short form). */
export const ORG_TYPE_BY_LABEL: ReadonlyMap<string, OrgType> = new Map<string, OrgType>([
  ...Object.entries(WORKFLOW.orgTypes).map(
    ([type, { label }]) => [label, type as OrgType] as [string, OrgType],
  ),
  ['市', 'city'],
  ['区', 'district'],
  ['县', 'district'],
  ['区/县', 'district'],
  ['区县', 'district'],
  ['乡镇', 'township'],
  ['街道', 'township'],
  ['乡镇/街道', 'township'],
  ['区级部门', 'district_department'],
  ['县级部门', 'district_department'],
  ['市级部门', 'city_department'],
]);

export function orgTypeLabel(type: OrgType): string {
  return WORKFLOW.orgTypes[type].label;
}

export function childPath(parentPath: string, id: number): string {
  return `${parentPath}${id}/`;
}

/** Ids on the path, root first: `/1/4/9/` → [1, 4, 9]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
