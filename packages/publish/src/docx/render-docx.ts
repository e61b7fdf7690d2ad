import { getFormat } from '@nianbao/rules';
import type { Block } from '../document/blocks';
import { LEGACY_ATTACHMENT_ID } from '../document/outline';
import type { NarrativeSection, ReportDocument } from '../document/report-document';
import { layoutSection } from '../layout/table-layout';
import { packDocx } from './docx-package';
import { sectionTableXml } from './docx-table';
import { type ParagraphStyle, paragraphXml } from './word-xml';

/** 三号 text on a 28 pt line, the usual layout of a published 公文. */
const LINE = 560;
const BODY: ParagraphStyle = { font: '仿宋', size: 32, indentChars: 2, lineTwips: LINE };
const SECTION_HEADING: ParagraphStyle = {
  font: '黑体',
  size: 32,
  indentChars: 2,
  lineTwips: LINE,
  isKeptWithNext: true,
};
const SUB_HEADING: ParagraphStyle = {
  font: '楷体',
  size: 32,
  indentChars: 2,
  lineTwips: LINE,
  isKeptWithNext: true,
};
const TITLE: ParagraphStyle = { font: '宋体', size: 44, isBold: true, align: 'center', lineTwips: 700 };
const ATTACHMENT_TITLE: ParagraphStyle = {
  font: '宋体',
  size: 36,
  isBold: true,
  align: 'center',
  lineTwips: LINE,
};
const ATTACHMENT_LINE: ParagraphStyle = { font: '仿宋', size: 28, align: 'left', lineTwips: LINE };

function blocksXml(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'heading') return [paragraphXml(block.text, SUB_HEADING)];
    if (block.type === 'paragraph') return [paragraphXml(block.text, BODY)];
    return block.items.map((item, index) =>
      paragraphXml(`${block.ordered ? `${index + 1}.` : '•'} ${item}`, BODY),
    );
  });
}

function tableXml(document: ReportDocument, code: string): string[] {
  const { formatId, values } = document.report;
  const section = getFormat(formatId).sections.find((candidate) => candidate.code === code);
  // An empty paragraph after a table keeps two tables from fusing and gives Word a place for the cursor.
  return section ? [sectionTableXml(layoutSection(formatId, section, values)), paragraphXml('', BODY)] : [];
}

function attachmentXml(document: ReportDocument): string[] {
  const year = document.report.reportYear ? `（${document.report.reportYear}年度）` : '';
  return [
    paragraphXml('附件', { ...SECTION_HEADING, indentChars: 0, startsPage: true }),
    paragraphXml('政府信息公开情况统计表', ATTACHMENT_TITLE),
    ...(year ? [paragraphXml(year, { ...ATTACHMENT_LINE, align: 'center' })] : []),
    paragraphXml(`填报单位：${document.report.agency ?? ''}`, ATTACHMENT_LINE),
    ...tableXml(document, 'T'),
  ];
}

function sectionXml(document: ReportDocument, section: NarrativeSection): string[] {
  if (section.id === LEGACY_ATTACHMENT_ID) return attachmentXml(document);
  return [
    paragraphXml(section.title, SECTION_HEADING),
    ...blocksXml(section.blocks),
    ...section.subsections
      .filter((sub) => sub.blocks.length)
      .flatMap((sub) => [paragraphXml(sub.title, SUB_HEADING), ...blocksXml(sub.blocks)]),
    ...(section.table ? tableXml(document, section.table) : []),
  ];
}

/** The report as a Word document in the official layout (A4, 仿宋 text, the official tables with merged headers). */
export function renderDocx(document: ReportDocument): Uint8Array {
  const body = [
    ...document.titleLines.map((line) => paragraphXml(line, TITLE)),
    paragraphXml('', BODY),
    ...blocksXml(document.preamble),
    ...document.sections.flatMap((section) => sectionXml(document, section)),
  ];
  return packDocx(body.join(''), document.title);
}
