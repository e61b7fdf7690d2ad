import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  checkReportDocument,
  createReportDocument,
  OUTPUT_FORMATS,
  type OutputFormat,
  PdfRenderer,
  PublishError,
  renderDocx,
  renderHtml,
  renderPdf,
  renderReportsZip,
  type ReportDocument,
} from '@nianbao/publish';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';
import { InvalidReportJsonError, parseJsonEntries, parseReportJson } from '../report-json';

async function renderOne(document: ReportDocument, format: OutputFormat): Promise<Uint8Array | string> {
  if (format === 'docx') return renderDocx(document);
  if (format === 'html') return renderHtml(document);
  return renderPdf(document);
}

/** Streamed to the file as the reports are printed, so a district's zip never sits in memory whole. */
async function writeAll(documents: ReportDocument[], path: string): Promise<void> {
  const pdf = await PdfRenderer.launch();
  try {
    await pipeline(
      Readable.from(renderReportsZip(documents, { formats: OUTPUT_FORMATS, pdf })),
      createWriteStream(path),
    );
  } finally {
    await pdf.close();
  }
}

/** Findings of the narrative checks, so a mismatch is seen before the report is published. */
function warnings(document: ReportDocument): string[] {
  return checkReportDocument(document)
    .filter((finding) => finding.severity !== 'INFO')
    .map((finding) => `提示（${document.title}）：${finding.message}\n`);
}

export const renderCommand: Command = {
  name: 'render',
  summary: '把 check --json 的结果（可带 narrative 正文）生成正式格式的 Word、网页或 PDF；多份报告生成 .zip',
  usage: 'nianbao render 报告.json -o 报告.docx|报告.pdf|报告.html|报告集.zip',
  async run(args, io) {
    const { values: options, positionals } = parseOptions(args, { output: { type: 'string', short: 'o' } });
    const [input] = positionals;
    if (!input) throw new Error('请给出 nianbao check --json 生成的 JSON 文件（可加 narrative 字段写正文）');
    if (!options.output) throw new Error('请用 -o 指定输出文件，如 -o 报告.docx');
    const extension = extname(options.output).slice(1).toLowerCase();
    const format = OUTPUT_FORMATS.find((candidate) => candidate === extension);
    if (!format && extension !== 'zip') {
      throw new Error(`不支持输出“${options.output}”，请用 .docx、.pdf、.html 或 .zip 结尾的文件名`);
    }
    const text = await readFile(resolve(io.cwd, input), 'utf8').catch(() => null);
    if (text === null) {
      io.stderr(`${input}：找不到该文件\n`);
      return EXIT.unreadable;
    }
    try {
      const reports = parseReportJson(text, input);
      const entries = parseJsonEntries(text, input);
      if (format && reports.length > 1) {
        throw new InvalidReportJsonError(
          `${input} 中有 ${reports.length} 份报告；一次生成多份请输出为 .zip，如 -o 报告集.zip`,
        );
      }
      const documents = reports.map((report, index) =>
        createReportDocument({ report, narrative: entries[index].narrative }),
      );
      documents.flatMap(warnings).forEach((line) => io.stderr(line));
      const output = resolve(io.cwd, options.output);
      if (format) await writeFile(output, await renderOne(documents[0], format));
      else await writeAll(documents, output);
      io.stdout(`已生成 ${documents.length} 份报告：${options.output}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof InvalidReportJsonError) && !(error instanceof PublishError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT.unreadable;
    }
  },
};
