import type { ApiSchemas } from '@nianbao/api-client';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

export interface ScopeOption {
  value: number;
  title: string;
  children: ScopeOption[];
}

/**
 * The org tree as a TreeSelect's options. `onlyParents`: only orgs with orgs below them — a scope whose 汇总 or
 * jurisdiction can be summed up.
 */
export const scopeOptions = (nodes: readonly OrgNode[], onlyParents: boolean): ScopeOption[] =>
  nodes
    .filter((node) => !onlyParents || (node.children ?? []).length > 0)
    .map((node) => ({
      value: node.id,
      title: node.name,
      children: scopeOptions(node.children ?? [], onlyParents),
    }));

export function findOrg(nodes: readonly OrgNode[], id: number | undefined): OrgNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findOrg(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}
