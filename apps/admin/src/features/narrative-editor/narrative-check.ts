import { checkReportDocument, createReportDocument } from '@nianbao/publish';
import type { CopiedSectionViolation, ReportDocument } from '@nianbao/publish';
import { findingKey } from '@nianbao/rules';
import type { ReportData, Violation } from '@nianbao/rules';
import type { Narrative } from './narrative-model';

export interface NarrativeFinding extends Violation {
  /** The explanation of a SOFT finding is stored under this key (the same key the API validates with). */
  key: string;
  /** The sentence a number finding quotes. */
  sentence?: string;
  /** The section a 内容雷同 finding is about. */
  sectionId?: string;
}

export interface NarrativeCheck {
  findings: NarrativeFinding[];
  /** 内容雷同 by section (or sub-topic) id. */
  copied: Map<string, NarrativeFinding>;
  /** Set when the narrative cannot be laid out (never for what the editor produces). */
  error?: string;
}

function documentOf(report: ReportData, narrative: Narrative | null | undefined): ReportDocument | undefined {
  return narrative ? createReportDocument({ report, narrative }) : undefined;
}

/**
 * The narrative-versus-table checks of @nianbao/rules and the 内容雷同 check of @nianbao/publish, run in the browser
 * on every edit — the same functions the API runs on submit and approve.
 */
export function checkNarrativeLive(
  report: ReportData,
  narrative: Narrative,
  lastYear?: { report: ReportData; narrative: Narrative } | null,
): NarrativeCheck {
  try {
    const document = createReportDocument({ report, narrative });
    const previous = lastYear ? documentOf(lastYear.report, lastYear.narrative) : undefined;
    const findings = checkReportDocument(document, { previous }).map((violation): NarrativeFinding => ({
      ...violation,
      key: findingKey(violation),
    }));
    const copied = new Map(
      findings
        .filter((finding): finding is NarrativeFinding & CopiedSectionViolation => !!finding.sectionId)
        .map((finding) => [finding.sectionId, finding]),
    );
    return { findings, copied };
  } catch (error) {
    return { findings: [], copied: new Map(), error: (error as Error).message };
  }
}

const normalized = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/** The number findings whose sentence is in this text (a paragraph, heading or list). */
export function findingsInText(findings: readonly NarrativeFinding[], text: string): NarrativeFinding[] {
  const plain = normalized(text);
  return findings.filter((finding) => finding.sentence && plain.includes(normalized(finding.sentence)));
}
