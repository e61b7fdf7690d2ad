import { type ClaimFindings, claimFindings, readingsOf } from '../narrative/check-narrative';
import { type Claim, findClaims } from '../narrative/find-claims';
import type { Severity } from '../report';
import type { LiveNumber, LiveRun } from './live-number';
import { type LiveContext, resolveRuns } from './resolve-live-number';

/** A typed number of a paragraph that the tables contradict: the audit's finding, placed in the paragraph. */
export interface TypedNumberMismatch {
  ruleId: string;
  severity: Severity;
  /** The audit's message: what the text says, what the table says, which cells. */
  message: string;
  /** Where the typed number (or the words of a “none” statement) stands in the paragraph's printed text. */
  start: number;
  end: number;
  stated: string;
  /** The contradicting cells and the value the table gives (the share in percent for a stated percentage). */
  cells: string[];
  expected: number;
  /** The live number that prints the table's figure in place of `stated`; null where words, not a number, disagree. */
  replacement: LiveNumber | null;
}

interface Piece {
  text: string;
  /** Index in the paragraph of each character of `text`, whitespace runs being collapsed as splitSentences does. */
  positions: number[];
  end: number;
}

/** The sentences of a one-line paragraph as `splitSentences` reads them, mapped back to the paragraph. */
function piecesOf(paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const raw of paragraph.split(/(?<=[。！？!?])/)) {
    let text = '';
    const positions: number[] = [];
    for (let index = 0; index < raw.length; index++) {
      const isSpace = /[\s\u3000\u00a0]/.test(raw[index]);
      if (isSpace && (!text || text.endsWith(' '))) continue;
      text += isSpace ? ' ' : raw[index];
      positions.push(offset + index);
    }
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      positions.pop();
    }
    if (text) pieces.push({ text, positions, end: offset + raw.length });
    offset += raw.length;
  }
  return pieces;
}

/** The number the claim states: the stated text ends the claim (“347件”) unless it is a “none” or “全部维持” statement. */
function numberRange(claim: Claim): { start: number; end: number; isNumber: boolean } {
  const { text } = claim.sentence;
  const isNumber = text.slice(claim.end - claim.stated.length, claim.end) === claim.stated;
  return isNumber
    ? { start: claim.end - claim.stated.length, end: claim.end, isNumber }
    : { start: claim.start, end: claim.end, isNumber };
}

/** A mismatch placed in its sentence, before it is placed in the paragraph. */
type SentenceMismatch = Omit<TypedNumberMismatch, 'start' | 'end'> & { at: { start: number; end: number } };

function mismatchesOf(claim: Claim, findings: ClaimFindings, context: LiveContext): SentenceMismatch[] {
  const mismatches: SentenceMismatch[] = [];
  const { count, percent } = findings;
  if (count) {
    const range = numberRange(claim);
    mismatches.push({
      ruleId: count.ruleId,
      severity: count.severity,
      message: count.message,
      stated: claim.sentence.text.slice(range.start, range.end),
      cells: count.cells,
      expected: count.expected ?? 0,
      replacement: range.isNumber ? { kind: 'cells', cells: count.cells } : null,
      at: range,
    });
  }
  if (percent && claim.percent) {
    const part = readingsOf(claim, context.report)?.[0].cells ?? [];
    const whole = percent.cells.slice(part.length);
    mismatches.push({
      ruleId: percent.ruleId,
      severity: percent.severity,
      message: percent.message,
      stated: claim.sentence.text.slice(claim.percent.start, claim.percent.end),
      cells: percent.cells,
      expected: percent.expected ?? 0,
      replacement: { kind: 'share', part, whole, decimals: claim.percent.decimals },
      at: { start: claim.percent.start, end: claim.percent.end },
    });
  }
  return mismatches;
}

/**
 * The editor's check of one paragraph, as it is typed: the narrative-claim finder of `nianbao audit` over the
 * paragraph's printed text, each mismatch placed where the typed number stands. Live numbers are never findings:
 * they print the tables.
 */
export function findTypedMismatches(
  paragraph: string | readonly LiveRun[],
  context: LiveContext,
): TypedNumberMismatch[] {
  const { text, numbers } =
    typeof paragraph === 'string' ? { text: paragraph, numbers: [] } : resolveRuns(paragraph, context);
  const pieces = piecesOf(text.replace(/\r?\n/g, ' '));
  const isLive = (start: number, end: number) =>
    numbers.some((number) => start < number.end && number.start < end);
  const mismatches: TypedNumberMismatch[] = [];
  const seen = new Set<string>();
  let pieceIndex = -1;
  let currentSentence: Claim['sentence'] | null = null;
  for (const claim of findClaims(text.replace(/\r?\n/g, ' '))) {
    if (claim.sentence !== currentSentence) {
      currentSentence = claim.sentence;
      pieceIndex = pieces.findIndex(
        (piece, index) => index > pieceIndex && piece.text === claim.sentence.text,
      );
    }
    const piece = pieces[pieceIndex];
    if (!piece) continue;
    for (const { at, ...mismatch } of mismatchesOf(claim, claimFindings(claim, context.report), context)) {
      const start = piece.positions[at.start];
      const end = (piece.positions[at.end - 1] ?? piece.end - 1) + 1;
      const key = `${mismatch.ruleId}|${mismatch.cells.join()}|${mismatch.stated}`;
      if (isLive(start, end) || seen.has(key)) continue;
      seen.add(key);
      mismatches.push({ ...mismatch, start, end });
    }
  }
  return mismatches;
}
