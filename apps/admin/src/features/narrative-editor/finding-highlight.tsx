import type { NarrativeFinding } from './narrative-check';

/** The sentence with the number it states marked, followed by what the table says. */
export function FindingHighlight({ finding }: { finding: NarrativeFinding }) {
  const sentence = finding.sentence ?? '';
  const stated = finding.actual === null || finding.actual === undefined ? '' : String(finding.actual);
  const at = stated ? sentence.indexOf(stated) : -1;
  return (
    <div className="narrative-finding" data-testid="narrative-mismatch">
      {at >= 0 ? (
        <>
          {sentence.slice(0, at)}
          <mark>{stated}</mark>
          {sentence.slice(at + stated.length)}
        </>
      ) : (
        sentence
      )}
      {finding.expected !== null && finding.expected !== undefined && (
        <span className="narrative-finding__table">统计表：{finding.expected}</span>
      )}
    </div>
  );
}
