import { findCell } from '../formats/registry';
import type { FormatId } from '../formats/types';
import type { ReportData, Violation } from '../report';
import { describeParts } from '../rules/structure';
import { type Claim, findClaims } from './find-claims';
import { quoteAround } from './sentences';

/** A narrative finding also carries the sentence it quotes, for reports that show it in its own column. */
export interface NarrativeViolation extends Violation {
  sentence: string;
}

export interface Reading {
  cells: string[];
  value: number | null;
}

/** Sum of the cells; null when the table leaves every one of them blank (the table is silent, not 0). */
function sumOf(report: ReportData, cells: string[]): number | null {
  const filled = cells
    .map((cell) => report.values[cell])
    .filter((value): value is number => typeof value === 'number');
  return filled.length ? filled.reduce((sum, value) => sum + value, 0) : null;
}

/** Every way the table can give the claimed quantity (cross product of each joined metric's readings). */
export function readingsOf(claim: Claim, report: ReportData): Reading[] | null {
  let combos: string[][] = [[]];
  for (const metric of claim.metrics) {
    const options = metric.cells[report.formatId];
    if (!options) return null;
    combos = combos.flatMap((combo) => options.map((option) => [...combo, ...option]));
  }
  return combos.map((cells) => ({ cells, value: sumOf(report, cells) }));
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));

/** A stated percentage agrees when it is the share rounded or cut to the decimals it was written with. */
function percentAgrees(stated: { value: number; decimals: number }, share: number): boolean {
  const step = 10 ** -stated.decimals;
  const tolerance = step / 2 + 1e-9;
  return (
    Math.abs(share - stated.value) <= tolerance || (share >= stated.value && share - stated.value < step)
  );
}

const DENOMINATORS: Record<FormatId, string[][]> = {
  legacy: [['L.L3_3'], ['L.L3_2'], ['L.L3_1']],
  '2019': [['T19.B.R7.TOT'], ['T19.B.A1.TOT'], ['T19.B.A1.TOT', 'T19.B.A2.TOT']],
  '2021': [['T21.B.R7.TOT'], ['T21.B.A1.TOT'], ['T21.B.A1.TOT', 'T21.B.A2.TOT']],
};

function cellsText(report: ReportData, cells: string[]): string {
  return describeParts(cells.map((code) => findCell(report.formatId, code)));
}

const formatNumber = (value: number) => String(Math.round(value * 10000) / 10000);

/**
 * Region-wide numbers (全县, 各部门…) can only be compared with a government's own report, which sums its region;
 * an office or a department reports its own cases.
 */
function isRegionReport(agency: string | null | undefined): boolean {
  return !!agency && /(人民政府|政府)$/.test(agency.replace(/\s+/g, ''));
}

function claimName(claim: Claim): string {
  return claim.metrics.map((metric) => metric.name).join(' + ');
}

function countFinding(claim: Claim, report: ReportData, readings: Reading[]): NarrativeViolation | null {
  const known = readings.filter((reading): reading is Reading & { value: number } => reading.value !== null);
  if (!known.length || known.some((reading) => same(reading.value, claim.value))) return null;
  const sentence = quoteAround(claim.sentence.text, claim.start, claim.end);
  const [first, ...others] = known;
  const alternatives = others.map(
    (reading) => `（或 ${cellsText(report, reading.cells)} 为 ${formatNumber(reading.value)}）`,
  );
  const isScopeQuestion = claim.scope === 'region' && !isRegionReport(report.agency);
  const tableText = `${cellsText(report, first.cells)} 为 ${formatNumber(first.value)}${alternatives.join('')}`;
  return {
    ruleId: isScopeQuestion ? 'NARRATIVE-SCOPE' : `NARRATIVE-${claim.metrics[0].group}`,
    severity: isScopeQuestion ? 'INFO' : 'SOFT',
    message: isScopeQuestion
      ? `正文所述${claimName(claim)} ${claim.stated} 似为全辖区口径，统计表（本机关口径）${tableText}，未作比对，请确认。原文：“${sentence}”`
      : `正文称${claimName(claim)}为 ${claim.stated}，与统计表不符：${tableText}。原文：“${sentence}”`,
    cells: first.cells,
    expected: first.value,
    actual: claim.value,
    sentence: claim.sentence.text,
  };
}

function percentFinding(claim: Claim, report: ReportData, readings: Reading[]): NarrativeViolation | null {
  const { percent } = claim;
  if (!percent || claim.metrics[0].group !== 'OUTCOMES' || claim.scope === 'region') return null;
  const numerators = readings
    .map((reading) => reading.value)
    .filter((value): value is number => value !== null);
  const denominators = DENOMINATORS[report.formatId]
    .map((cells) => ({ cells, value: sumOf(report, cells) }))
    .filter((denominator): denominator is Reading & { value: number } => !!denominator.value);
  if (!numerators.length || !denominators.length) return null;
  const agrees = numerators.some((numerator) =>
    denominators.some((denominator) => percentAgrees(percent, (numerator / denominator.value) * 100)),
  );
  if (agrees) return null;
  const [denominator] = denominators;
  const share = (numerators[0] / denominator.value) * 100;
  return {
    ruleId: 'NARRATIVE-PERCENT',
    severity: 'SOFT',
    message: `正文称${claimName(claim)}占 ${formatNumber(percent.value)}%，按统计表为 ${formatNumber(numerators[0])} ÷ ${formatNumber(denominator.value)}（${cellsText(report, denominator.cells)}）= ${share.toFixed(1)}%。原文：“${quoteAround(claim.sentence.text, claim.start, claim.end + 12)}”`,
    cells: [...readings[0].cells, ...denominator.cells],
    expected: Math.round(share * 10) / 10,
    actual: percent.value,
    sentence: claim.sentence.text,
  };
}

/** What one stated number contradicts: its count, its share, neither or both. */
export function claimFindings(claim: Claim, report: ReportData): ClaimFindings {
  const readings = readingsOf(claim, report);
  if (!readings) return { count: null, percent: null };
  return { count: countFinding(claim, report, readings), percent: percentFinding(claim, report, readings) };
}

export interface ClaimFindings {
  count: NarrativeViolation | null;
  percent: NarrativeViolation | null;
}

/**
 * Compares every number the narrative states about the tables with the tables (SOFT findings, one per mismatch).
 * Silence is not a finding; neither is a number the tables do not hold.
 */
export function checkNarrative(narrative: string, report: ReportData): NarrativeViolation[] {
  const findings: NarrativeViolation[] = [];
  const seen = new Set<string>();
  for (const claim of findClaims(narrative)) {
    const { count, percent } = claimFindings(claim, report);
    for (const finding of [count, percent]) {
      if (!finding) continue;
      const key = `${finding.ruleId}|${finding.cells.join()}|${finding.actual}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
}
