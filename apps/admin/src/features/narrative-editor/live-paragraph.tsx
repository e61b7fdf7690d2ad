import { Button, Tooltip } from 'antd';
import { findTypedMismatches, resolveRuns } from '@nianbao/rules';
import type { LiveContext, LiveRun, TypedNumberMismatch } from '@nianbao/rules';

interface LiveParagraphProps {
  runs: LiveRun[];
  context: LiveContext;
  isReadOnly: boolean;
  onReplace: (mismatch: TypedNumberMismatch) => void;
}

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'live'; text: string; source: string }
  | { kind: 'mismatch'; text: string; mismatch: TypedNumberMismatch };

/** The printed text cut where live numbers and contradicted typed numbers start and end. */
function piecesOf(runs: LiveRun[], context: LiveContext, mismatches: TypedNumberMismatch[]): Piece[] {
  const { text, numbers } = resolveRuns(runs, context);
  const marks = [
    ...numbers.map((number) => ({
      start: number.start,
      end: number.end,
      piece: { kind: 'live' as const, text: number.text, source: number.source },
    })),
    ...mismatches.map((mismatch) => ({
      start: mismatch.start,
      end: mismatch.end,
      piece: { kind: 'mismatch' as const, text: text.slice(mismatch.start, mismatch.end), mismatch },
    })),
  ].sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let position = 0;
  for (const mark of marks) {
    if (mark.start < position) continue;
    if (mark.start > position) pieces.push({ kind: 'text', text: text.slice(position, mark.start) });
    pieces.push(mark.piece);
    position = mark.end;
  }
  if (position < text.length) pieces.push({ kind: 'text', text: text.slice(position) });
  return pieces;
}

/**
 * The paragraph as it will print: live numbers highlighted with their source on hover, typed numbers the tables
 * contradict underlined with the table's value and a one-click 替换为引用 — the check `nianbao audit` runs.
 */
export function LiveParagraph({ runs, context, isReadOnly, onReplace }: LiveParagraphProps) {
  const mismatches = findTypedMismatches(runs, context);
  const hasLiveNumber = runs.some((run) => 'number' in run);
  if (!hasLiveNumber && !mismatches.length) return null;
  return (
    <div className="live-paragraph" data-testid="live-paragraph">
      <div className="live-paragraph__text">
        {piecesOf(runs, context, mismatches).map((piece, index) =>
          piece.kind === 'text' ? (
            <span key={index}>{piece.text}</span>
          ) : piece.kind === 'live' ? (
            <Tooltip key={index} title={`引用：${piece.source}`}>
              <mark className="live-number" data-testid="live-number" data-source={piece.source}>
                {piece.text}
              </mark>
            </Tooltip>
          ) : (
            <Tooltip key={index} title={piece.mismatch.message}>
              <u className="typed-mismatch">{piece.text}</u>
            </Tooltip>
          ),
        )}
      </div>
      {mismatches.map((mismatch) => (
        <div
          key={`${mismatch.start}-${mismatch.ruleId}`}
          className="narrative-finding"
          data-testid="narrative-mismatch"
        >
          <mark>{mismatch.stated}</mark>
          <span className="narrative-finding__table">统计表：{mismatch.expected}</span>
          {mismatch.replacement && !isReadOnly && (
            <Button
              size="small"
              type="link"
              aria-label={`替换为引用：${mismatch.stated}`}
              onClick={() => onReplace(mismatch)}
            >
              替换为引用
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}
