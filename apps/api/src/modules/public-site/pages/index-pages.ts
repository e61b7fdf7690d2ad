import type { PublicListing } from '../public-reports.repository';
import type { PageContext, PageInput } from './html';
import { esc, href } from './html';
import { groupByDistrict, listingTable, yearPath } from './listing';

export interface YearCount {
  reportYear: number;
  count: number;
}

function yearNavigation(context: PageContext, years: YearCount[], current: number | null): string {
  const items = years.map(({ reportYear, count }) =>
    reportYear === current
      ? `<li aria-current="page"><strong>${reportYear}年度</strong>（${count}份）</li>`
      : `<li><a href="${esc(href(context, yearPath(reportYear)))}">${reportYear}年度</a>（${count}份）</li>`,
  );
  return `<nav aria-label="按年度浏览"><h2>按年度浏览</h2><ul class="downloads">${items.join('')}</ul></nav>`;
}

function yearListing(context: PageContext, year: number, reports: PublicListing[]): string {
  const groups = groupByDistrict(reports);
  const downloads = `<p>本年度全部报告数据：<a href="/gk/data/${year}.csv">CSV</a>、<a href="/gk/data/${year}.json">JSON</a></p>`;
  return [
    `<h2>${year}年度政府信息公开工作年度报告</h2>`,
    downloads,
    ...groups.map(
      (group) =>
        `<h3>${esc(group.title)}</h3>\n${listingTable(context, `${year}年度 ${group.title}`, group.reports, { first: 'agency' })}`,
    ),
  ].join('\n');
}

/** The 专栏's front page: every year, and the newest year's reports by 区/县. */
export function homePage(context: PageContext, years: YearCount[], newest: PublicListing[]): PageInput {
  const latest = years[0]?.reportYear ?? null;
  const body = latest
    ? `<h1>${esc(context.settings.title)}</h1>
<p>依据《中华人民共和国政府信息公开条例》第五十条，各行政机关应于每年1月31日前公布本机关上一年度政府信息公开工作年度报告。本专栏汇集本地区各级行政机关已公开的年度报告，可在线阅读、下载、比较和检索。</p>
${yearNavigation(context, years, null)}
${yearListing(context, latest, newest)}`
    : `<h1>${esc(context.settings.title)}</h1><p>暂无已发布的年度报告。</p>`;
  return {
    title: context.settings.title,
    description: `${context.settings.title}：各级行政机关政府信息公开工作年度报告，按年度、区县和单位浏览，可下载和检索。`,
    path: '/gk/',
    crumbs: [],
    body,
  };
}

export function yearPage(
  context: PageContext,
  years: YearCount[],
  year: number,
  reports: PublicListing[],
): PageInput {
  return {
    title: `${year}年度政府信息公开工作年度报告`,
    description: `${year}年度各级行政机关政府信息公开工作年度报告，共${reports.length}份，按区县和单位排列。`,
    path: yearPath(year),
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: `${year}年度` }],
    body: `<h1>${year}年度政府信息公开工作年度报告</h1>\n${yearNavigation(context, years, year)}\n${yearListing(context, year, reports)}`,
  };
}
