import type { ReportData } from '@nianbao/rules';
import type { Block } from './blocks';

/** Code of a section of the format's tables (`A`/`B`/`C`, or `T` for the legacy 统计表). */
export type TableSectionCode = string;

export interface NarrativeSection {
  /** Stable id: the outline's id for the 2019/2021 formats (`overview`, `problems`…), `section-N` for legacy. */
  id: string;
  /** Heading as printed, e.g. 一、总体情况. */
  title: string;
  blocks: Block[];
  /** Sub-topics with their own heading, e.g. （一）主动公开 … （五）监督保障 inside 一、总体情况. */
  subsections: NarrativeSection[];
  /** The official table printed after the text of this section. */
  table?: TableSectionCode;
}

/**
 * One annual report as it is published: its title, the narrative sections in print order and the table values.
 * Every renderer (docx, html, pdf) works from this and nothing else.
 */
export interface ReportDocument {
  report: ReportData;
  /** e.g. 宁波市规划局2018年政府信息公开工作年度报告 */
  title: string;
  /** The title as printed, agency on its own line as in official reports: 宁波市规划局 / 2018年政府信息公开工作年度报告. */
  titleLines: string[];
  /** Text before 一、 (the usual “本报告根据…编制” paragraph). */
  preamble: Block[];
  sections: NarrativeSection[];
}
