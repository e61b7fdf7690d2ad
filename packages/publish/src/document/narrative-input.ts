import type { LiveNumber, LiveRun } from '@nianbao/rules';
import { BLOCK_TYPES, type Block } from './blocks';
import { PublishError, PublishErrorCode } from '../publish.error';
import { textToBlocks } from './text-blocks';

/**
 * The narrative as clients send it (the `narrative` field of a report JSON, the API's narrative payload):
 *
 * ```json
 * { "preamble": "本报告根据……编制。",
 *   "sections": [
 *     { "title": "一、总体情况", "blocks": [{ "type": "paragraph", "text": "……" }],
 *       "subsections": [{ "title": "（一）主动公开", "text": "……" }] },
 *     { "id": "problems", "blocks": [{ "type": "list", "ordered": true, "items": ["……", "……"] }] } ] }
 * ```
 *
 * A section is named by `id` (see `narrativeOutline`) or by its printed `title`; its content is `blocks`
 * or plain `text` (one paragraph per line). The whole narrative may also be one string, split by its headings.
 */
export interface SectionInput {
  id?: string;
  title?: string;
  text?: string;
  blocks?: Block[];
  subsections?: SectionInput[];
}

export interface NarrativeInput {
  preamble?: string | Block[];
  sections: SectionInput[];
}

function invalid(where: string, problem: string): never {
  throw new PublishError(PublishErrorCode.InvalidNarrative, `正文（narrative）${where}${problem}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A paragraph's runs: typed text and live numbers. Only their shape is checked here; whether a number's cells exist
 * depends on the report's format and is checked when the document is made.
 */
function readRuns(value: unknown, where: string): LiveRun[] {
  if (!Array.isArray(value)) invalid(where, '的 runs 应为数组（文字与引用的数字）');
  return value.flatMap((run, index): LiveRun[] => {
    if (isRecord(run) && typeof run.text === 'string') return run.text ? [{ text: run.text }] : [];
    if (isRecord(run) && isRecord(run.number)) return [{ number: run.number as unknown as LiveNumber }];
    invalid(where, `第 ${index + 1} 个片段应为 {text} 或 {number}`);
  });
}

function readBlock(value: unknown, where: string): Block {
  if (!isRecord(value) || !BLOCK_TYPES.includes(value.type as Block['type'])) {
    invalid(where, '不是段落、标题或列表（type 应为 paragraph、heading 或 list）');
  }
  if (value.type === 'list') {
    const items = value.items;
    if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
      invalid(where, '的列表缺少 items（文字数组）');
    }
    return { type: 'list', ordered: value.ordered === true, items: items.map((item) => item.trim()) };
  }
  if (value.type === 'paragraph' && value.runs !== undefined) {
    return { type: 'paragraph', text: '', runs: readRuns(value.runs, where) };
  }
  if (typeof value.text !== 'string') invalid(where, '缺少 text（文字）');
  return { type: value.type as 'heading' | 'paragraph', text: value.text.trim() };
}

/** Blocks from `blocks` or `text`; throws a Chinese message naming the place of a malformed block. */
export function readBlocks(value: unknown, where: string): Block[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return textToBlocks(value);
  if (!Array.isArray(value)) invalid(where, '应为文字或段落数组');
  return value.map((block, index) => readBlock(block, `${where}第 ${index + 1} 段`));
}

/** Two levels like the format (一、 and （一）); deeper structure is written as heading blocks. */
function readSection(value: unknown, where: string, canHaveSubsections: boolean): SectionInput {
  if (!isRecord(value)) invalid(where, '应为对象（含 title 或 id，以及 text 或 blocks）');
  const { id, title, text, blocks, subsections } = value;
  if (typeof id !== 'string' && typeof title !== 'string') invalid(where, '缺少 title（章节标题）或 id');
  if (text !== undefined && typeof text !== 'string') invalid(where, '的 text 应为文字');
  if (subsections !== undefined && !Array.isArray(subsections)) invalid(where, '的 subsections 应为数组');
  if (subsections?.length && !canHaveSubsections) {
    invalid(where, '是小节，不能再分小节；更细的层次请用标题段落（type 为 heading）');
  }
  const name = typeof title === 'string' ? `“${title}”` : `“${id}”`;
  return {
    id: typeof id === 'string' ? id : undefined,
    title: typeof title === 'string' ? title.trim() : undefined,
    blocks: [...readBlocks(text, `${where}${name}`), ...readBlocks(blocks, `${where}${name}`)],
    subsections: (subsections ?? []).map((sub, index) =>
      readSection(sub, `${where}${name}小节 ${index + 1}：`, false),
    ),
  };
}

/** Checks untrusted narrative JSON (object form); the string form goes through `narrativeFromText`. */
export function readNarrativeInput(value: unknown): NarrativeInput {
  if (!isRecord(value) || !Array.isArray(value.sections)) {
    invalid('', '应为文字，或含 sections 数组的对象');
  }
  return {
    preamble: readBlocks(value.preamble, '前言'),
    sections: value.sections.map((section, index) => readSection(section, `第 ${index + 1} 部分`, true)),
  };
}
