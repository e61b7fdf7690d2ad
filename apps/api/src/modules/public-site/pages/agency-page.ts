import type { PublicListing } from '../public-reports.repository';
import type { PageContext, PageInput } from './html';
import { esc, href } from './html';
import { agencyPath, listingTable, ORG_TYPE_LABEL } from './listing';

/** One agency: its reports of every year, and the way to compare them. */
export function agencyPage(context: PageContext, reports: PublicListing[]): PageInput {
  const { orgId, orgName, orgType, districtName } = reports[0];
  const years = reports.map((report) => report.reportYear);
  const compare =
    years.length > 1
      ? `<p><a href="${esc(href(context, `${agencyPath(orgId)}/compare?years=${years[1]},${years[0]}`))}">比较${years[1]}年度与${years[0]}年度的统计数据</a></p>`
      : '';
  return {
    title: `${orgName}政府信息公开工作年度报告`,
    description: `${orgName}历年政府信息公开工作年度报告（${years.map((year) => `${year}年度`).join('、')}）。`,
    path: agencyPath(orgId),
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: orgName }],
    body: `<h1>${esc(orgName)}</h1>
<p class="meta">${ORG_TYPE_LABEL[orgType]}${districtName && orgType !== 'district' ? ` · ${esc(districtName)}` : ''} · 已发布${reports.length}份年度报告</p>
${compare}
${listingTable(context, `${orgName}历年年度报告`, reports, { first: 'year' })}`,
  };
}
