import type { PageContext, PageInput } from './html';
import type { YearCount } from './index-pages';

/** Where the open data is and what its fields mean (the full field list is in docs/public-site.md). */
export function dataPage(_context: PageContext, years: YearCount[]): PageInput {
  const rows = years
    .map(
      ({ reportYear, count }) =>
        `<tr><th scope="row">${reportYear}年度</th><td>${count}</td><td><a href="/gk/data/${reportYear}.csv">${reportYear}.csv</a></td><td><a href="/gk/data/${reportYear}.json">${reportYear}.json</a></td></tr>`,
    )
    .join('\n');
  return {
    title: '开放数据',
    description: '政府信息公开工作年度报告统计数据的 CSV 和 JSON 文件，按年度批量下载，字段说明。',
    path: '/gk/data',
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: '开放数据' }],
    body: `<h1>开放数据</h1>
<p>每份报告页面提供该报告的 CSV 和 JSON 文件（在报告网址后加 <code>.csv</code> 或 <code>.json</code>）；下表为每个年度全部报告的批量文件。文件采用 UTF-8 编码，CSV 带 BOM，可直接用 Excel 打开。</p>
<div class="table-scroll"><table class="listing">
<caption>按年度批量下载</caption>
<thead><tr><th scope="col">年度</th><th scope="col">报告数</th><th scope="col">CSV</th><th scope="col">JSON</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
<h2>CSV 字段</h2>
<dl>
<dt>report_id</dt><dd>报告编号，即报告网址 /gk/reports/编号 中的编号</dd>
<dt>agency、district、report_year、published_at</dt><dd>发布单位、所属区县、报告年度、发布日期（仅批量文件）</dd>
<dt>cell_code</dt><dd>统计表单元格代码，同一格式的各份报告相同，可用于跨单位、跨年度汇总</dd>
<dt>label_path</dt><dd>行标题，从最外层到本行，以“ / ”分隔</dd>
<dt>column</dt><dd>列标题，以“ / ”分隔；单列表格为空</dd>
<dt>value</dt><dd>数值；报告未填写的为空</dd>
<dt>unit</dt><dd>单位（如“万元”），无单位为空</dd>
</dl>
<p>JSON 文件另含报告正文（按章节的段落和列表）。</p>`,
  };
}
