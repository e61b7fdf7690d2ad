import type { PageContext, PageInput } from './html';
import { esc, href } from './html';
import { chineseDate, reportPath } from './listing';

export interface SearchHit {
  reportId: number;
  title: string;
  publishedAt: string;
  /** Text around the first match, already split so the matched terms can be marked. */
  snippet: { text: string; isMatch: boolean }[];
}

function snippetHtml(snippet: SearchHit['snippet']): string {
  return snippet.map((part) => (part.isMatch ? `<mark>${esc(part.text)}</mark>` : esc(part.text))).join('');
}

/** The search form and, for a query, its results: a GET form, so it works without JavaScript and can be linked. */
export function searchPage(context: PageContext, query: string, hits: SearchHit[] | null): PageInput {
  const form = `<form class="search-form" role="search" action="/gk/search" method="get">
<label for="q">搜索年度报告（单位名称或正文）</label>
<input id="q" name="q" type="search" value="${esc(query)}" maxlength="50">
${context.isLarge ? '<input type="hidden" name="size" value="large">' : ''}
<button type="submit">搜索</button>
</form>`;
  const results =
    hits === null
      ? '<p>可输入单位名称或正文中的词语，多个词语用空格分开。</p>'
      : hits.length === 0
        ? `<p role="status">没有找到包含“${esc(query)}”的年度报告。</p>`
        : `<p role="status">找到${hits.length}份包含“${esc(query)}”的年度报告。</p>
<ol class="results">${hits
            .map(
              (hit) =>
                `<li><h2><a href="${esc(href(context, reportPath(hit.reportId)))}">${esc(hit.title)}</a></h2><p>${snippetHtml(hit.snippet)}</p><p class="meta">发布日期：${chineseDate(hit.publishedAt)}</p></li>`,
            )
            .join('\n')}</ol>`;
  return {
    title: query ? `搜索：${query}` : '全文搜索',
    description: '在已发布的政府信息公开工作年度报告中按单位名称和正文搜索。',
    path: query ? `/gk/search?q=${encodeURIComponent(query)}` : '/gk/search',
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: '全文搜索' }],
    isIndexable: false,
    body: `<h1>全文搜索</h1>\n${form}\n${results}`,
  };
}
