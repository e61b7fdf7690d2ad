import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type Command, EXIT } from '../command';
import { parseOptions } from '../options';
import { InvalidReportJsonError, parseJsonEntries, parseReportJson } from '../report-json';

export const renderCommand: Command = {
  name: 'render',
  summary: '把 check --json 的结果（可带 narrative 正文）生成正式格式的 Word、网页或 PDF；多份报告生成 .zip',
  usage: 'nianbao render 报告.json -o 报告.docx|报告.pdf|报告.html|报告集.zip',
  async run(args, io) {
    const { values: options, positionals } = parseOptions(args, { output: { type: 'string', short: 'o' } });
    const [input] = positionals;
    if (!input) throw new Error('请给出 nianbao check --json 生成的 JSON 文件（可加 narrative 字段写正文）');
    if (!options.output) throw new Error('请用 -o 指定输出文件，如 -o 报告.docx');
    // @nianbao/publish (Word, PDF and HTML writers) takes half a second to load: only this command needs it.
    const { createReportDocument, OUTPUT_FORMATS, PublishError } = await import('@nianbao/publish');
    const { renderWarnings, writeRendered, writeRenderedZip } = await import('../render/write-rendered');
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
      documents.flatMap(renderWarnings).forEach((line) => io.stderr(line));
      const output = resolve(io.cwd, options.output);
      if (format) await writeRendered(documents[0], format, output);
      else await writeRenderedZip(documents, output);
      io.stdout(`已生成 ${documents.length} 份报告：${options.output}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof InvalidReportJsonError) && !(error instanceof PublishError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT.unreadable;
    }
  },
};
