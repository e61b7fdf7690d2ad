import { getFormat } from '@nianbao/rules';
import type { Block } from '../document/blocks';
import { LEGACY_ATTACHMENT_ID } from '../document/outline';
import type { NarrativeSection, ReportDocument } from '../document/report-document';
import { layoutSection } from '../layout/table-layout';
import { escapeHtml } from './escape-html';
import { sectionTablesHtml } from './render-html-table';
import { REPORT_CSS } from './report-css';

function blockHtml(block: Block, headingLevel: number): string {
  if (block.type === 'heading') return `<h${headingLevel}>${escapeHtml(block.text)}</h${headingLevel}>`;
  if (block.type === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`;
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
}

const blocksHtml = (blocks: Block[], headingLevel: number) =>
  blocks.map((block) => blockHtml(block, headingLevel)).join('\n');

function tablesHtml(document: ReportDocument, code: string, caption: string): string {
  const { formatId, values } = document.report;
  const section = getFormat(formatId).sections.find((candidate) => candidate.code === code);
  return section ? sectionTablesHtml(layoutSection(formatId, section, values), caption) : '';
}

function attachmentHtml(document: ReportDocument): string {
  const year = document.report.reportYear ? `（${document.report.reportYear}年度）` : '';
  return [
    '<section class="attachment" aria-labelledby="attachment-title">',
    '<h2>附件</h2>',
    `<p class="attachment-title" id="attachment-title">政府信息公开情况统计表${year}</p>`,
    `<p class="attachment-meta">填报单位：${escapeHtml(document.report.agency ?? '')}</p>`,
    tablesHtml(document, 'T', `政府信息公开情况统计表${year}`),
    '</section>',
  ].join('\n');
}

function sectionHtml(document: ReportDocument, section: NarrativeSection, index: number): string {
  if (section.id === LEGACY_ATTACHMENT_ID) return attachmentHtml(document);
  const id = `section-${index + 1}`;
  const subsections = section.subsections
    .filter((sub) => sub.blocks.length)
    .map((sub) => `<h3>${escapeHtml(sub.title)}</h3>\n${blocksHtml(sub.blocks, 4)}`);
  const title = section.title.replace(/^[一二三四五六七八九十]+、/, '');
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(section.title)}</h2>`,
    blocksHtml(section.blocks, 3),
    ...subsections,
    section.table ? tablesHtml(document, section.table, title) : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The report's content (title as h1, sections as h2, tables), for a page that brings its own frame and styles. */
export function renderHtmlContent(document: ReportDocument): string {
  return [
    `<h1>${document.titleLines.map((line) => `<span class="title-line">${escapeHtml(line)}</span>`).join('')}</h1>`,
    blocksHtml(document.preamble, 3),
    ...document.sections.map((section, index) => sectionHtml(document, section, index)),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The report as one accessible web page (lang zh-CN, real tables with scopes, print CSS for A4). */
export function renderHtml(document: ReportDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderHtmlContent(document),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
