import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { OrgType } from '@nianbao/workflow';
import { isOrgType } from '@nianbao/workflow';

/** What the analytics pages look at; kept in the address so a view survives a reload and can be sent to a colleague. */
export interface AnalyticsFilters {
  /** The org whose jurisdiction (or own report) is analysed; the reader's own org when absent. */
  org?: number;
  of: 'jurisdiction' | 'org';
  year?: number;
  measure: string;
  orgType?: OrgType;
  district?: number;
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function useAnalyticsFilters(): [AnalyticsFilters, (change: Partial<AnalyticsFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const orgType = params.get('orgType');
  const filters: AnalyticsFilters = {
    org: numberParam(params.get('org')),
    of: params.get('of') === 'org' ? 'org' : 'jurisdiction',
    year: numberParam(params.get('year')),
    measure: params.get('measure') ?? 'received',
    orgType: orgType && isOrgType(orgType) ? orgType : undefined,
    district: numberParam(params.get('district')),
  };
  const change = useCallback(
    (next: Partial<AnalyticsFilters>) =>
      setParams((current) => {
        const merged = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined || value === null || value === '') merged.delete(key);
          else merged.set(key, String(value));
        }
        return merged;
      }),
    [setParams],
  );
  return [filters, change];
}

/** The query every year-across-orgs endpoint takes. */
export function yearAcrossOrgsQuery(filters: AnalyticsFilters, year: number) {
  return {
    year,
    ...(filters.org ? { org: filters.org } : {}),
    ...(filters.orgType ? { orgType: filters.orgType } : {}),
    ...(filters.district ? { district: filters.district } : {}),
  };
}

/** The report page opened on the cell a figure comes from. */
export const reportCellPath = (reportId: number, cells: readonly string[]) =>
  cells.length > 0 ? `/reports/${reportId}?cell=${encodeURIComponent(cells[0])}` : `/reports/${reportId}`;
