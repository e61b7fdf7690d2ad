// A page that mounts the report editor alone, so browser tests can drive it without the API.
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { isFormatId } from '@nianbao/rules';
import type { ReportEditorChange } from '../../src/features/report-editor/report-editor';
import { ReportEditor } from '../../src/features/report-editor/report-editor';

declare global {
  interface Window {
    lastEditorChange?: Pick<ReportEditorChange, 'values' | 'explanations'> & { validationMs: number };
  }
}

const params = new URLSearchParams(location.search);
const formatParam = params.get('format');
const formatId = isFormatId(formatParam) ? formatParam : '2021';
const initialValues = JSON.parse(params.get('values') ?? '{}');
const comments = JSON.parse(params.get('comments') ?? '[]');

createRoot(document.getElementById('root')!).render(
  <ConfigProvider locale={zhCN}>
    <div style={{ padding: 16 }}>
      <ReportEditor
        report={{
          formatId,
          reportYear: Number(params.get('year') ?? 2024),
          agency: '测试区民政局',
          agencyLevel: 'county-department',
        }}
        initialValues={initialValues}
        isReadOnly={params.has('readonly')}
        comments={comments}
        onChange={({ values, explanations, check }) => {
          window.lastEditorChange = { values, explanations, validationMs: check.validationMs };
        }}
      />
    </div>
  </ConfigProvider>,
);
