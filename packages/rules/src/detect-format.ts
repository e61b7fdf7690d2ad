import { formatForYear } from './formats/registry';
import type { FormatId } from './formats/types';
import { normalizeLabel } from './labels';

export interface FormatDetection {
  /** `null` when the labels do not show which format the tables follow. */
  formatId: FormatId | null;
  /** 0–1: how sure the labels make us (1 = several labels only this format has, none of another format). */
  confidence: number;
  /** Chinese notes naming the labels that decided, for people checking the result. */
  evidence: string[];
}

export interface DetectFormatOptions {
  /** Breaks a tie between the 2019 and 2021 formats when the labels cannot (e.g. only Tables B and C were printed). */
  reportYear?: number | null;
}

/** A label phrase; `exact` phrases must be the whole label (short words such as 单位), others may be part of it. */
interface Marker {
  text: string;
  exact?: boolean;
}

const LEGACY_MARKERS: Marker[] = [
  { text: '统计指标' },
  { text: '单位', exact: true },
  { text: '统计数', exact: true },
  { text: '主动公开政府信息数' },
  { text: '收到申请数' },
  { text: '申请办结数' },
  { text: '申请答复数' },
  { text: '四、行政复议数量' },
  { text: '五、行政诉讼数量' },
  { text: '举报投诉数量' },
  { text: '依申请公开信息收取的费用' },
  { text: '政府信息公开工作专门机构数' },
];

const FORMAT_2019_MARKERS: Marker[] = [
  { text: '本年新制作数量' },
  { text: '本年新公开数量' },
  { text: '对外公开总数量' },
  { text: '上一年项目数量' },
  { text: '其他对外管理服务事项' },
  { text: '采购项目数量' },
  { text: '政府集中采购' },
];

const FORMAT_2021_MARKERS: Marker[] = [
  { text: '本年制发件数' },
  { text: '本年废止件数' },
  { text: '现行有效件数' },
  { text: '本年处理决定数量' },
  { text: '本年收费金额' },
  { text: '申请人无正当理由逾期不补正' },
  { text: '申请人逾期未按收费通知要求缴纳费用' },
];

/** Tables B and C, identical in the 2019 and 2021 formats: they rule out the legacy table but do not choose between the two. */
const MODERN_MARKERS: Marker[] = [
  { text: '本年新收政府信息公开申请数量' },
  { text: '上年结转政府信息公开申请数量' },
  { text: '结转下年度继续办理' },
  { text: '未经复议直接起诉' },
  { text: '尚未审结' },
];

/** In the 2019 format （六）其他处理 is one data row; the 2021 format splits it into three sub-rows. */
const SINGLE_OTHER_ROW = normalizeLabel('（六）其他处理');

const FORMAT_NAMES: Record<FormatId, string> = {
  legacy: '旧版统计表',
  '2019': '2019 版格式',
  '2021': '2021 版格式',
};

function findMarkers(labels: Set<string>, markers: Marker[]): string[] {
  const found: string[] = [];
  const labelList = [...labels];
  for (const marker of markers) {
    const text = normalizeLabel(marker.text);
    const isPresent = marker.exact ? labels.has(text) : labelList.some((label) => label.includes(text));
    if (isPresent) found.push(marker.text);
  }
  return found;
}

function describe(formatId: FormatId, markers: string[]): string {
  return `${FORMAT_NAMES[formatId]}特有的标签：${markers.join('、')}`;
}

/** Chooses between 2019 and 2021 when Table A is missing: by report year, then by how （六）其他处理 is printed. */
function breakModernTie(
  labels: Set<string>,
  modern: string[],
  options: DetectFormatOptions,
): FormatDetection {
  const evidence = [`2019/2021 版共有的标签：${modern.join('、')}`];
  const year = options.reportYear;
  if (typeof year === 'number' && year >= 2019) {
    const formatId = formatForYear(year);
    evidence.push(`表格标签无法区分 2019 版与 2021 版，按报告年度 ${year} 年取${FORMAT_NAMES[formatId]}`);
    return { formatId, confidence: 0.5, evidence };
  }
  if (labels.has(SINGLE_OTHER_ROW)) {
    evidence.push('“（六）其他处理”为单独一行，没有 2021 版的三个子项');
    return { formatId: '2019', confidence: 0.4, evidence };
  }
  evidence.push('表格标签无法区分 2019 版与 2021 版');
  return { formatId: null, confidence: 0, evidence };
}

/**
 * Tells which of the three table formats a report's tables follow, from the labels printed in them. A report is
 * judged by its labels, not its year: 2022 reports that still use the 2019 tables exist.
 */
export function detectFormat(labels: readonly string[], options: DetectFormatOptions = {}): FormatDetection {
  const normalized = new Set(labels.map(normalizeLabel).filter((label) => label.length > 0));
  const legacy = findMarkers(normalized, LEGACY_MARKERS);
  const only2019 = findMarkers(normalized, FORMAT_2019_MARKERS);
  const only2021 = findMarkers(normalized, FORMAT_2021_MARKERS);
  const modern = findMarkers(normalized, MODERN_MARKERS);
  const modernScore = modern.length + Math.max(only2019.length, only2021.length);

  if (legacy.length === 0 && modernScore === 0) {
    return { formatId: null, confidence: 0, evidence: ['没有找到任何一种统计表格式的标签'] };
  }
  if (legacy.length > modernScore) {
    return {
      formatId: 'legacy',
      confidence: confidenceOf(legacy.length, modernScore),
      evidence: [describe('legacy', legacy)],
    };
  }
  if (only2019.length === only2021.length) return breakModernTie(normalized, modern, options);

  const [winner, winnerMarkers, loserMarkers] =
    only2021.length > only2019.length
      ? (['2021', only2021, only2019] as const)
      : (['2019', only2019, only2021] as const);
  const evidence = [describe(winner, winnerMarkers)];
  if (modern.length > 0) evidence.push(`2019/2021 版共有的标签：${modern.join('、')}`);
  if (loserMarkers.length > 0)
    evidence.push(
      `也有${FORMAT_NAMES[winner === '2021' ? '2019' : '2021']}的标签：${loserMarkers.join('、')}`,
    );
  if (legacy.length > 0) evidence.push(`也有旧版统计表的标签：${legacy.join('、')}`);
  return {
    formatId: winner,
    confidence: confidenceOf(winnerMarkers.length + modern.length, loserMarkers.length + legacy.length),
    evidence,
  };
}

/** Share of the evidence for the winner, damped when fewer than four labels were seen. */
function confidenceOf(winnerCount: number, otherCount: number): number {
  const share = winnerCount / (winnerCount + otherCount);
  const coverage = Math.min(1, winnerCount / 4);
  return Math.round(share * coverage * 100) / 100;
}
