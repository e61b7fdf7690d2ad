import { useMemo } from 'react';
import { Alert } from 'antd';
import type { DraftParagraph, LiveRun, ReportData } from '@nianbao/rules';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { LastYearNarrative } from './narrative-editor';
import { NarrativeEditor } from './narrative-editor';
import type { Narrative } from './narrative-model';

interface NarrativeTabProps {
  reportId: number;
  report: ReportData;
  narrative: Narrative;
  explanations: Record<string, string>;
  isReadOnly: boolean;
  onChange: (narrative: Narrative) => void;
  onExplain: (key: string, text: string) => void;
}

const draftOf = (reportId: number, variant: number) =>
  unwrap(
    api.GET('/api/reports/{id}/narrative-draft', { params: { path: { id: reportId }, query: { variant } } }),
  );

/** The narrative editor with last year's text (上年文本) and tables (for 同比) loaded from the API. */
export function NarrativeTab({ reportId, ...editor }: NarrativeTabProps) {
  const previous = useApiQuery(
    () => unwrap(api.GET('/api/reports/{id}/previous-narrative', { params: { path: { id: reportId } } })),
    [reportId],
  );
  const draft = useApiQuery(() => draftOf(reportId, 0), [reportId]);
  const lastYearReport = useMemo<ReportData | null>(() => {
    const tables = draft.data?.previous;
    return tables ? { ...tables, agency: editor.report.agency } : null;
  }, [draft.data, editor.report.agency]);
  const loadDraft = async (variant: number): Promise<DraftParagraph[]> =>
    (await draftOf(reportId, variant)).paragraphs.map((paragraph) => ({
      ...paragraph,
      runs: paragraph.runs as LiveRun[],
    }));
  const lastYear = useMemo<LastYearNarrative | null>(() => {
    const { reportYear, narrative } = previous.data ?? {};
    return reportYear && narrative ? { reportYear, narrative } : null;
  }, [previous.data]);
  return (
    <>
      {previous.error !== undefined && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`无法载入上年文本：${errorMessage(previous.error)}`}
        />
      )}
      <NarrativeEditor {...editor} lastYear={lastYear} previous={lastYearReport} loadDraft={loadDraft} />
    </>
  );
}
