import { useMemo } from 'react';
import { Alert, Button, Input, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DraftParagraph, ReportData } from '@nianbao/rules';
import { DraftProposals } from './draft-proposals';
import { paragraphOf } from './live-runs';
import { PastedTextImport } from './pasted-text-import';
import { checkNarrativeLive } from './narrative-check';
import { NarrativeFindings } from './narrative-findings';
import type { Narrative, NarrativeBlock, NarrativeSection, SectionPath } from './narrative-model';
import { newLegacySection, withBlocks } from './narrative-model';
import { SectionBlocks } from './section-blocks';
import './narrative-editor.css';

/** Sections 二、三、四 print the official tables; their text is optional. */
const TABLE_SECTIONS = new Set(['proactive', 'applications', 'reviews']);

export interface LastYearNarrative {
  reportYear: number;
  narrative: Narrative;
}

export interface NarrativeEditorProps {
  /** The report with its current (live) values: the text is checked against them. */
  report: ReportData;
  narrative: Narrative;
  lastYear?: LastYearNarrative | null;
  explanations: Record<string, string>;
  /** The same org's approved report of the year before: live numbers print their 同比 against it. */
  previous?: ReportData | null;
  /** 生成初稿 for a wording variant; without it the editor offers no draft. */
  loadDraft?: (variant: number) => Promise<DraftParagraph[]>;
  isReadOnly?: boolean;
  onChange: (narrative: Narrative) => void;
  onExplain: (key: string, text: string) => void;
}

const hasText = (section: NarrativeSection | undefined): section is NarrativeSection =>
  !!section && section.blocks.length > 0;

/**
 * The narrative sections as the format defines them (2019/2021: the six sections, 一、 with its five sub-topics;
 * legacy: free sections), each a list of paragraphs, headings and lists. The text is checked against the tables as
 * it is typed.
 */
export function NarrativeEditor({
  report,
  narrative,
  lastYear,
  explanations,
  previous = null,
  loadDraft,
  isReadOnly = false,
  onChange,
  onExplain,
}: NarrativeEditorProps) {
  const context = useMemo(() => ({ report, previous }), [report, previous]);
  const check = useMemo(
    () =>
      checkNarrativeLive(
        report,
        narrative,
        lastYear && { report: { ...report, reportYear: lastYear.reportYear }, narrative: lastYear.narrative },
      ),
    [report, narrative, lastYear],
  );
  const isLegacy = report.formatId === 'legacy';
  const lastYearLabel = lastYear ? `${lastYear.reportYear}年报告` : '';
  const lastYearSection = (path: SectionPath) => {
    const section = lastYear?.narrative.sections.find(
      (candidate) => candidate.id === narrative.sections[path.section]?.id,
    );
    const found = path.subsection === undefined ? section : section?.subsections[path.subsection];
    return hasText(found) ? found : undefined;
  };
  const blocksOf = (section: NarrativeSection, path: SectionPath) => (
    <SectionBlocks
      section={section}
      lastYear={lastYearSection(path)}
      lastYearLabel={lastYearLabel}
      copied={check.copied.get(section.id)}
      findings={check.findings}
      context={context}
      isReadOnly={isReadOnly}
      onChange={(blocks: NarrativeBlock[]) => onChange(withBlocks(narrative, path, () => blocks))}
    />
  );
  const renameSection = (index: number, title: string) =>
    onChange({
      ...narrative,
      sections: narrative.sections.map((section, position) =>
        position === index ? { ...section, title } : section,
      ),
    });

  /** Proposed paragraphs land at the end of their sub-topic (or section), in order; nothing written is replaced. */
  const insertParagraphs = (paragraphs: readonly DraftParagraph[]) =>
    onChange(paragraphs.reduce((current, paragraph) => withParagraph(current, paragraph), narrative));
  const withParagraph = (current: Narrative, paragraph: DraftParagraph): Narrative => {
    const block = paragraphOf(paragraph.runs, context);
    const sectionIndex = paragraph.sectionId
      ? current.sections.findIndex((section) => section.id === paragraph.sectionId)
      : current.sections.length - 1;
    if (sectionIndex < 0)
      return {
        ...current,
        sections: [...current.sections, { ...newLegacySection(current), blocks: [block] }],
      };
    const subsection = current.sections[sectionIndex].subsections.findIndex(
      (sub) => sub.id === paragraph.subsectionId,
    );
    const path = { section: sectionIndex, subsection: subsection < 0 ? undefined : subsection };
    return withBlocks(current, path, (blocks) => [...blocks, block]);
  };

  return (
    <div className="narrative-editor">
      {check.error && <Alert type="error" showIcon title={check.error} style={{ marginBottom: 12 }} />}
      {!isReadOnly && (
        <PastedTextImport narrative={narrative} context={context} onInsert={insertParagraphs} />
      )}
      {loadDraft && (
        <DraftProposals
          context={context}
          loadDraft={loadDraft}
          isReadOnly={isReadOnly}
          onInsert={(paragraph) => insertParagraphs([paragraph])}
        />
      )}
      <NarrativeFindings
        findings={check.findings}
        explanations={explanations}
        isReadOnly={isReadOnly}
        onExplain={onExplain}
      />
      {!lastYear && (
        <Typography.Paragraph type="secondary">没有上年已通过报告的正文可供参考。</Typography.Paragraph>
      )}
      {narrative.sections.map((section, index) => (
        <section key={section.id} className="narrative-section" aria-label={section.title}>
          {isLegacy ? (
            <Input
              aria-label={`第 ${index + 1} 部分标题`}
              className="narrative-section__title-input"
              value={section.title}
              readOnly={isReadOnly}
              onChange={(event) => renameSection(index, event.target.value)}
            />
          ) : (
            <h3 className="narrative-section__title">{section.title}</h3>
          )}
          {TABLE_SECTIONS.has(section.id) && (
            <Typography.Paragraph type="secondary" className="narrative-section__note">
              本部分的统计表按填报数据自动生成，可在表前补充文字。
            </Typography.Paragraph>
          )}
          {blocksOf(section, { section: index })}
          {section.subsections.map((sub, subIndex) => (
            <div key={sub.id} className="narrative-subsection">
              <h4 className="narrative-section__subtitle">{sub.title}</h4>
              {blocksOf(sub, { section: index, subsection: subIndex })}
            </div>
          ))}
          {isLegacy && !isReadOnly && (
            <Button
              size="small"
              type="link"
              danger
              onClick={() =>
                onChange({
                  ...narrative,
                  sections: narrative.sections.filter((_, position) => position !== index),
                })
              }
            >
              删除本部分
            </Button>
          )}
        </section>
      ))}
      {isLegacy && !isReadOnly && (
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            onChange({ ...narrative, sections: [...narrative.sections, newLegacySection(narrative)] })
          }
        >
          添加部分
        </Button>
      )}
    </div>
  );
}
