import { isPublishedOnTime } from '@nianbao/rules';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import type { PublicListing } from '../public-reports.repository';
import type { PageContext } from './html';
import { esc, href } from './html';

export const ORG_TYPE_LABEL = Object.fromEntries(
  Object.entries(WORKFLOW.orgTypes).map(([type, { publicLabel }]) => [type, publicLabel]),
) as Record<OrgType, string>;

/** 2025-01-20 → 2025年1月20日 */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** The on-time mark in words (colour alone would not reach every reader). */
export function onTimeMark(report: Pick<PublicListing, 'publishedAt' | 'statutoryDeadline'>): string {
  const deadline = chineseDate(report.statutoryDeadline).replace(/^\d+年/, '');
  return isPublishedOnTime(report.publishedAt, report.statutoryDeadline)
    ? `<span class="on-time">按时发布</span>（${deadline}前）`
    : `<span class="late">逾期发布</span>（应于${deadline}前）`;
}

export const reportPath = (reportId: number) => `/gk/reports/${reportId}`;
export const agencyPath = (orgId: number) => `/gk/agencies/${orgId}`;
export const yearPath = (year: number) => `/gk/years/${year}`;

export interface ListingColumns {
  /** The agency column (a year's list) or the year column (an agency's list). */
  first: 'agency' | 'year';
}

/** A list of published reports as a real table: one row per report, on-time mark in words. */
export function listingTable(
  context: PageContext,
  caption: string,
  reports: PublicListing[],
  { first }: ListingColumns,
): string {
  const rows = reports.map((report) => {
    const lead =
      first === 'agency'
        ? `<th scope="row"><a href="${esc(href(context, agencyPath(report.orgId)))}">${esc(report.orgName)}</a></th><td>${ORG_TYPE_LABEL[report.orgType]}</td>`
        : `<th scope="row">${report.reportYear}年度</th>`;
    return `<tr>${lead}<td>${chineseDate(report.publishedAt)}</td><td>${onTimeMark(report)}</td><td><a href="${esc(href(context, reportPath(report.reportId)))}">${esc(`${report.orgName}${report.reportYear}年政府信息公开工作年度报告`)}</a></td></tr>`;
  });
  const head =
    first === 'agency' ? '<th scope="col">单位</th><th scope="col">类别</th>' : '<th scope="col">年度</th>';
  return `<div class="table-scroll"><table class="listing">
<caption class="visually-hidden">${esc(caption)}</caption>
<thead><tr>${head}<th scope="col">发布日期</th><th scope="col">发布时限</th><th scope="col">报告</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

const CITY_LEVEL: OrgType[] = ['city', 'city_department'];
const ORDER_IN_GROUP: OrgType[] = ['city', 'district', 'city_department', 'township', 'district_department'];

export interface ListingGroup {
  title: string;
  reports: PublicListing[];
}

/** A year's reports by 区/县: the city and its departments first, then each district with everything under it. */
export function groupByDistrict(reports: PublicListing[]): ListingGroup[] {
  const byOrder = (a: PublicListing, b: PublicListing) =>
    ORDER_IN_GROUP.indexOf(a.orgType) - ORDER_IN_GROUP.indexOf(b.orgType) ||
    a.orgName.localeCompare(b.orgName, 'zh-CN');
  const city = reports.filter((report) => CITY_LEVEL.includes(report.orgType)).sort(byOrder);
  const districts = new Map<string, PublicListing[]>();
  for (const report of reports) {
    if (CITY_LEVEL.includes(report.orgType)) continue;
    const name = report.districtName ?? '其他';
    districts.set(name, [...(districts.get(name) ?? []), report]);
  }
  return [
    ...(city.length ? [{ title: '市本级及市级部门', reports: city }] : []),
    ...[...districts.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([title, group]) => ({ title, reports: group.sort(byOrder) })),
  ];
}
