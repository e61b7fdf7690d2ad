import { renderHtmlContent } from '@nianbao/publish';
import type { ReportDocument } from '@nianbao/publish';
import type { PublicReport } from '../../publication/entities/public-report.entity';
import type { PageContext, PageInput } from './html';
import { esc, href } from './html';
import { agencyPath, chineseDate, onTimeMark, reportPath, yearPath } from './listing';

/** Wide statistics tables scroll in their own focusable box on a phone instead of widening the page. */
function scrollableTables(html: string): string {
  let count = 0;
  return html
    .replace(/<table>/g, () => {
      count += 1;
      return `<div class="table-scroll" role="region" aria-label="统计表${count}（可横向滚动）" tabindex="0"><table>`;
    })
    .replace(/<\/table>/g, '</table></div>');
}

/** A published report as an accessible page: the official text and tables, its facts and its downloads. */
export function reportPage(context: PageContext, copy: PublicReport, document: ReportDocument): PageInput {
  const path = reportPath(copy.reportId);
  const downloads = [
    ['docx', 'Word 文档'],
    ['pdf', 'PDF 文档'],
    ['csv', '统计数据 CSV'],
    ['json', '全部数据 JSON'],
  ]
    .map(([format, label]) => `<li><a href="${path}.${format}">下载${label}</a></li>`)
    .join('');
  return {
    title: document.title,
    description: `${document.title}，${chineseDate(copy.publishedAt)}发布。`,
    path,
    crumbs: [
      { label: '年报首页', path: '/gk/' },
      { label: `${copy.reportYear}年度`, path: yearPath(copy.reportYear) },
      { label: copy.orgName, path: agencyPath(copy.orgId) },
      { label: `${copy.reportYear}年度报告` },
    ],
    body: `<article class="report-body">
${scrollableTables(renderHtmlContent(document))}
</article>
<aside aria-label="发布信息与下载">
<h2>发布信息</h2>
<p class="meta">发布日期：${chineseDate(copy.publishedAt)} · ${onTimeMark(copy)}</p>
<ul class="downloads">${downloads}</ul>
<p><a href="${esc(href(context, agencyPath(copy.orgId)))}">${esc(copy.orgName)}历年年度报告与比较</a></p>
</aside>`,
  };
}
