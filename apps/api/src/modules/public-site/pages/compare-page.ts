import type { PublicReport } from '../../publication/entities/public-report.entity';
import { openCells } from '../open-data/report-cells';
import type { PageContext, PageInput } from './html';
import { esc, href } from './html';
import { agencyPath, reportPath } from './listing';

function change(previous: number | null, current: number | null): string {
  if (previous === null || current === null || previous === current)
    return previous === current ? '无变化' : '—';
  const delta = Math.round((current - previous) * 100) / 100;
  return delta > 0 ? `增加 ${delta}` : `减少 ${-delta}`;
}

const shown = (value: number | null) => (value === null ? '—' : String(value));

/**
 * One agency's years side by side: a table per section of the statistics, a row per cell that has a value in any
 * year, the change between the last two years in words and changed rows highlighted. Years on another format share
 * no cell codes; only the years on the newest year's format are compared, and the page says so.
 */
export function comparePage(context: PageContext, copies: PublicReport[]): PageInput {
  const newest = copies[copies.length - 1];
  const compared = copies.filter((copy) => copy.formatId === newest.formatId);
  const left = copies.filter((copy) => copy.formatId !== newest.formatId);
  const current = compared[compared.length - 1];
  const previous = compared.length > 1 ? compared[compared.length - 2] : undefined;
  const cellsByYear = compared.map(
    (copy) => new Map(openCells(copy.formatId, copy.values).map((cell) => [cell.code, cell])),
  );
  const sections = new Map<string, string[]>();
  let changedCount = 0;
  for (const cell of openCells(newest.formatId, newest.values)) {
    const values = cellsByYear.map((cells) => cells.get(cell.code)?.value ?? null);
    if (values.every((value) => value === null)) continue;
    const before = previous ? values[values.length - 2] : null;
    const isChanged = Boolean(previous) && before !== values[values.length - 1];
    if (isChanged) changedCount += 1;
    const label = [cell.labelPath, cell.column].filter(Boolean).join(' · ');
    const row = `<tr${isChanged ? ' class="changed"' : ''}><th scope="row">${esc(label)}</th>${values.map((value) => `<td>${shown(value)}</td>`).join('')}${previous ? `<td>${change(before, values[values.length - 1])}</td>` : ''}</tr>`;
    sections.set(cell.section, [...(sections.get(cell.section) ?? []), row]);
  }
  const head = `<tr><th scope="col">项目</th>${compared.map((copy) => `<th scope="col"><a href="${esc(href(context, reportPath(copy.reportId)))}">${copy.reportYear}年度</a></th>`).join('')}${previous ? `<th scope="col">${previous.reportYear}→${current.reportYear}变化</th>` : ''}</tr>`;
  const tables = [...sections.entries()].map(
    ([section, rows]) => `<h2>${esc(section)}</h2>
<div class="table-scroll" role="region" aria-label="${esc(section)}（可横向滚动）" tabindex="0"><table class="comparison">
<caption>${esc(section)}：${compared.map((copy) => `${copy.reportYear}年度`).join('、')}对比</caption>
<thead>${head}</thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`,
  );
  const note = left.length
    ? `<p>${left.map((copy) => `${copy.reportYear}年度`).join('、')}报告使用旧版统计表，栏目不同，未列入比较。</p>`
    : '';
  const years = compared.map((copy) => copy.reportYear);
  return {
    title: `${newest.orgName}年度报告比较（${years.join('、')}）`,
    description: `${newest.orgName}${years.join('、')}年度政府信息公开统计数据对比。`,
    path: `${agencyPath(newest.orgId)}/compare?years=${copies.map((copy) => copy.reportYear).join(',')}`,
    crumbs: [
      { label: '年报首页', path: '/gk/' },
      { label: newest.orgName, path: agencyPath(newest.orgId) },
      { label: '年度比较' },
    ],
    body: `<h1>${esc(newest.orgName)}年度报告比较</h1>
<p class="meta">${previous ? `与上一年度相比有变化的项目共${changedCount}项，已用底色标出，“变化”列写明增减。` : '只有一个年度可比较。'}</p>
${note}
${tables.join('\n')}`,
    isIndexable: false,
  };
}
