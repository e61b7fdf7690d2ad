import type { ReactNode } from 'react';
import { Select, Space, TreeSelect, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { findOrg, scopeOptions } from '../../components/org-scope-options';
import type { AnalyticsFilters } from './analytics-filters';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

const districtsOf = (nodes: readonly OrgNode[]): OrgNode[] =>
  nodes.flatMap((node) => [...(node.type === 'district' ? [node] : []), ...districtsOf(node.children ?? [])]);

/** Org types that report below a district or city: the peer groups compared with one another. */
const PEER_TYPES: readonly OrgType[] = ['township', 'district_department', 'city_department'];

interface FilterBarProps {
  tree: readonly OrgNode[];
  filters: AnalyticsFilters;
  onChange: (change: Partial<AnalyticsFilters>) => void;
  /** The org the API answered for (the reader's own when none is chosen). */
  scopeOrgId?: number;
  years?: readonly number[];
  /** Only orgs with orgs below them: a jurisdiction is compared. */
  scopeOfParentsOnly?: boolean;
  showPeerFilters?: boolean;
  /** The view's own controls (a measure, an export), after the filters. */
  children?: ReactNode;
}

/** Scope, year and peer filters shared by the analytics views. */
export function FilterBar(props: FilterBarProps) {
  const { tree, filters, onChange, scopeOrgId, years, scopeOfParentsOnly, showPeerFilters, children } = props;
  // The tree's root is the reader's own part of it: the default scope, as the API takes it.
  const scopeId = filters.org ?? scopeOrgId ?? tree[0]?.id;
  const scope = findOrg(tree, scopeId);
  const districts = districtsOf(scope ? [scope] : tree);
  return (
    <Space wrap style={{ marginBottom: 12 }} className="no-print">
      <Typography.Text>范围</Typography.Text>
      <TreeSelect<number>
        aria-label="分析范围"
        style={{ width: 240 }}
        value={scopeId}
        treeData={scopeOptions(tree, scopeOfParentsOnly ?? false)}
        treeDefaultExpandAll
        onChange={(org) => onChange({ org, district: undefined })}
      />
      {years && (
        <>
          <Typography.Text>年度</Typography.Text>
          <Select<number>
            aria-label="年度"
            style={{ width: 110 }}
            value={filters.year ?? years[years.length - 1]}
            options={[...years].reverse().map((year) => ({ value: year, label: `${year}年` }))}
            onChange={(year) => onChange({ year })}
          />
        </>
      )}
      {showPeerFilters && (
        <>
          <Typography.Text>单位类型</Typography.Text>
          <Select<OrgType | ''>
            aria-label="单位类型"
            style={{ width: 130 }}
            value={filters.orgType ?? ''}
            options={[
              { value: '', label: '全部' },
              ...PEER_TYPES.map((type) => ({ value: type, label: WORKFLOW.orgTypes[type].label })),
            ]}
            onChange={(orgType) => onChange({ orgType: orgType || undefined })}
          />
          {districts.length > 1 && (
            <>
              <Typography.Text>区/县</Typography.Text>
              <Select<number | ''>
                aria-label="区/县"
                style={{ width: 140 }}
                value={filters.district ?? ''}
                options={[
                  { value: '', label: '全部' },
                  ...districts.map((district) => ({ value: district.id, label: district.name })),
                ]}
                onChange={(district) => onChange({ district: district || undefined })}
              />
            </>
          )}
        </>
      )}
      {children}
    </Space>
  );
}
