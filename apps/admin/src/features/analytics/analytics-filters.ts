import { useCallback } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import type { ApiQuery } from '../../api/use-api-query';
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

export type YearAcrossOrgsQuery = ReturnType<typeof yearAcrossOrgsQuery>;

/**
 * A view of one year across the orgs of the scope: the year chosen (the latest of `years` until one is), and the
 * view's data for it, loaded again when the year, the scope or the peer filters change (or `deps`).
 */
export function useYearAcrossOrgs<T>(
  filters: AnalyticsFilters,
  years: readonly number[] | undefined,
  load: (query: YearAcrossOrgsQuery) => Promise<T>,
  deps: readonly unknown[] = [],
): { year: number | undefined; data: ApiQuery<T | undefined> } {
  const year = filters.year ?? years?.[years.length - 1];
  const data = useApiQuery(
    async () => (year === undefined ? undefined : load(yearAcrossOrgsQuery(filters, year))),
    [year, filters.org, filters.orgType, filters.district, ...deps],
  );
  return { year, data };
}

/** The report page opened on the cell a figure comes from. */
export const reportCellPath = (reportId: number, cells: readonly string[]) =>
  cells.length > 0 ? `/reports/${reportId}?cell=${encodeURIComponent(cells[0])}` : `/reports/${reportId}`;
