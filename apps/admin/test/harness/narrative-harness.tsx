// A page that mounts the narrative editor alone, so browser tests can drive it without the API.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createReportDocument } from '@nianbao/publish';
import { generateDraft, isFormatId } from '@nianbao/rules';
import type { ReportData } from '@nianbao/rules';
import { NarrativeEditor } from '../../src/features/narrative-editor/narrative-editor';
import type { Narrative } from '../../src/features/narrative-editor/narrative-model';

declare global {
  interface Window {
    lastNarrative?: Narrative;
    lastExplanations?: Record<string, string>;
  }
}

const params = new URLSearchParams(location.search);
const formatParam = params.get('format');
const report: ReportData = {
  formatId: isFormatId(formatParam) ? formatParam : '2021',
  reportYear: 2025,
  agency: '测试街道办事处',
  values: JSON.parse(params.get('values') ?? '{}'),
};

/** The format's empty sections, as the API returns them for a report without narrative. */
function emptyNarrative(): Narrative {
  const { sections } = createReportDocument({ report });
  const strip = (section: (typeof sections)[number]): Narrative['sections'][number] => ({
    id: section.id,
    title: section.title,
    blocks: section.blocks,
    subsections: section.subsections.map(strip),
  });
  // The legacy 统计表 attachment is printed from the values, not written.
  const written = sections.filter((section) => report.formatId !== 'legacy' || !section.table);
  return { preamble: [], sections: written.map(strip) };
}

/** Last year's tables (`previousValues`), for 同比; 生成初稿 runs the function the API runs. */
const previousValues = params.get('previousValues');
const previous: ReportData | null = previousValues
  ? { ...report, reportYear: 2024, values: JSON.parse(previousValues) }
  : null;
const loadDraft = async (variant: number) => generateDraft({ report, previous }, { variant });

const lastYearProblems = params.get('lastYearProblems');
const lastYearNarrative = emptyNarrative();
if (lastYearProblems) {
  lastYearNarrative.sections[4].blocks = [{ type: 'paragraph', text: lastYearProblems }];
}

function Harness() {
  const [narrative, setNarrative] = useState(emptyNarrative);
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  return (
    <NarrativeEditor
      report={report}
      narrative={narrative}
      lastYear={lastYearProblems ? { reportYear: 2024, narrative: lastYearNarrative } : null}
      explanations={explanations}
      previous={previous}
      loadDraft={loadDraft}
      isReadOnly={params.has('readonly')}
      onChange={(next) => {
        window.lastNarrative = next;
        setNarrative(next);
      }}
      onExplain={(key, text) =>
        setExplanations((current) => {
          window.lastExplanations = { ...current, [key]: text };
          return window.lastExplanations;
        })
      }
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <ConfigProvider locale={zhCN}>
    <div style={{ padding: 16 }}>
      <Harness />
    </div>
  </ConfigProvider>,
);
