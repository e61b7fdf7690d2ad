import { type FormatId, SIX_NARRATIVE_SECTIONS } from '@nianbao/rules';

export interface OutlineEntry {
  id: string;
  title: string;
  /** Recognises the heading however a report words or numbers it. */
  pattern: RegExp;
  table?: string;
  subsections?: OutlineEntry[];
}

/**
 * 一、总体情况 covers five sub-topics (国办公开办函〔2021〕30号: “主要包括主动公开、依申请公开、政府信息管理、
 * 政府信息公开平台建设、监督保障”); the 2019 trial format is followed the same way in practice (seeds 003/004).
 */
const OVERVIEW_TOPICS: OutlineEntry[] = [
  { id: 'overview-proactive', title: '（一）主动公开', pattern: /^主动公开/ },
  { id: 'overview-on-request', title: '（二）依申请公开', pattern: /^(依申请|收到和处理)/ },
  { id: 'overview-management', title: '（三）政府信息管理', pattern: /^(政府)?信息(的)?管理/ },
  { id: 'overview-platforms', title: '（四）政府信息公开平台建设', pattern: /平台/ },
  { id: 'overview-oversight', title: '（五）监督保障', pattern: /^(监督|保障|考核)/ },
];

const [OVERVIEW, PROACTIVE, APPLICATIONS, REVIEWS, PROBLEMS, OTHER] = SIX_NARRATIVE_SECTIONS;

/** The six sections of the 2019 and 2021 formats; 二、三、四 carry tables A, B and C with optional text. */
const SIX_SECTIONS: OutlineEntry[] = [
  {
    id: 'overview',
    title: OVERVIEW,
    pattern: /^(总体情况|总体概述|概述|基本情况|工作概况|总体工作情况|基本概况)/,
    subsections: OVERVIEW_TOPICS,
  },
  { id: 'proactive', title: PROACTIVE, pattern: /^主动公开/, table: 'A' },
  { id: 'applications', title: APPLICATIONS, pattern: /^(收到和处理|依申请公开)/, table: 'B' },
  { id: 'reviews', title: REVIEWS, pattern: /(行政复议|行政诉讼)/, table: 'C' },
  { id: 'problems', title: PROBLEMS, pattern: /主要问题/ },
  { id: 'other', title: OTHER, pattern: /^其[他它](需要)?报告的?事项/ },
];

/** The fixed sections of a format, in print order; legacy narratives are free and have none. */
export function narrativeOutline(formatId: FormatId): readonly OutlineEntry[] {
  return formatId === 'legacy' ? [] : SIX_SECTIONS;
}

/** 一、 / 1、 / 第一部分 / （一） and spaces removed, so headings compare by their words. */
export function headingWords(title: string): string {
  return title
    .replace(/[\s\u3000]+/g, '')
    .replace(
      /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])/,
      '',
    )
    .replace(/^[、.．：:]/, '');
}

/** The outline entry a heading stands for, if any. */
export function matchOutline(entries: readonly OutlineEntry[], title: string): OutlineEntry | undefined {
  const words = headingWords(title);
  return entries.find((entry) => entry.id === title || entry.pattern.test(words));
}

/** The legacy 统计表 is printed as an attachment section after the free narrative. */
export const LEGACY_ATTACHMENT_ID = 'attachment';
export const LEGACY_ATTACHMENT_TITLE = '附件：政府信息公开情况统计表';
