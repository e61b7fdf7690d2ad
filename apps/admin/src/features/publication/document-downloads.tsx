import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined, GlobalOutlined } from '@ant-design/icons';
import { api, errorMessage, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../downloads/save-file';

type DocumentFormat = 'docx' | 'pdf' | 'html';

const FORMATS: { format: DocumentFormat; label: string; icon: React.ReactNode }[] = [
  { format: 'docx', label: 'Word', icon: <FileWordOutlined /> },
  { format: 'pdf', label: 'PDF', icon: <FilePdfOutlined /> },
  { format: 'html', label: '网页', icon: <GlobalOutlined /> },
];

interface DocumentDownloadsProps {
  report: { id: number; orgName: string; reportYear: number; canEdit: boolean };
  /** Saves pending edits first; false when that failed (the document would miss them). */
  saveNow: () => Promise<boolean>;
}

/** The report as published — narrative and official tables — as Word, PDF or a web page. */
export function DocumentDownloads({ report, saveNow }: DocumentDownloadsProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DocumentFormat>();

  const download = async (format: DocumentFormat) => {
    setBusy(format);
    try {
      if (report.canEdit && !(await saveNow())) return;
      const result = await api.GET('/api/reports/{id}/document.{format}', {
        params: { path: { id: report.id, format } },
        parseAs: 'blob',
      });
      const content = await unwrap(Promise.resolve(result));
      const fallback = `${report.orgName}${report.reportYear}年政府信息公开工作年度报告.${format}`;
      saveFile(content as Blob, suggestedFileName(result.response, fallback));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space.Compact>
      {FORMATS.map(({ format, label, icon }) => (
        <Button
          key={format}
          icon={icon}
          loading={busy === format}
          disabled={busy !== undefined && busy !== format}
          onClick={() => void download(format)}
        >
          {label}
        </Button>
      ))}
    </Space.Compact>
  );
}
