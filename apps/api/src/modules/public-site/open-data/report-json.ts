import { isPublishedOnTime } from '@nianbao/rules';
import type { ReportDocument } from '@nianbao/publish';
import type { PublicReport } from '../../publication/entities/public-report.entity';
import type { OpenCell } from './report-cells';
import { openCells } from './report-cells';

/** A published report as open data; the field list is documented in docs/public-site.md. */
export interface OpenReport {
  reportId: number;
  title: string;
  agency: string;
  agencyType: string;
  district: string | null;
  reportYear: number;
  formatId: string;
  publishedAt: string;
  statutoryDeadline: string;
  isOnTime: boolean;
  url: string;
  narrative: Pick<ReportDocument, 'preamble' | 'sections'>;
  cells: OpenCell[];
}

export function openReport(copy: PublicReport, document: ReportDocument, origin: string): OpenReport {
  return {
    reportId: copy.reportId,
    title: document.title,
    agency: copy.orgName,
    agencyType: copy.orgType,
    district: copy.districtName,
    reportYear: copy.reportYear,
    formatId: copy.formatId,
    publishedAt: copy.publishedAt,
    statutoryDeadline: copy.statutoryDeadline,
    isOnTime: isPublishedOnTime(copy.publishedAt, copy.statutoryDeadline),
    url: `${origin}/gk/reports/${copy.reportId}`,
    narrative: { preamble: document.preamble, sections: document.sections },
    cells: openCells(copy.formatId, copy.values),
  };
}
