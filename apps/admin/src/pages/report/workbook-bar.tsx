import { useState } from 'react';
import { App, Button, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { api, errorMessage, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../../features/downloads/save-file';
import type { ImportProblem } from '../../features/workbook-import/import-report-file';
import { importReportFile } from '../../features/workbook-import/import-report-file';

interface WorkbookBarProps {
  report: {
    id: number;
    orgId: number;
    orgName: string;
    reportYear: number;
    formatId: string;
    canEdit: boolean;
  };
  /** Saves pending edits; false when that failed (the download or upload would miss them). */
  saveNow: () => Promise<boolean>;
  onImported: (problems: ImportProblem[]) => void;
}

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The Excel side of a report: the blank template, the filled workbook, and uploading a filled one. */
export function WorkbookBar({ report, saveNow, onImported }: WorkbookBarProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'template' | 'filled' | 'upload'>();

  const download = async (kind: 'template' | 'filled') => {
    setBusy(kind);
    try {
      if (kind === 'filled' && report.canEdit && !(await saveNow())) return;
      const result = await (kind === 'template'
        ? api.GET('/api/templates/{format}.xlsx', {
            params: {
              path: { format: report.formatId },
              query: { org: report.orgId, year: report.reportYear },
            },
            parseAs: 'blob',
          })
        : api.GET('/api/reports/{id}/export.xlsx', { params: { path: { id: report.id } }, parseAs: 'blob' }));
      // A refusal comes back as JSON; unwrap turns it into the Chinese message.
      const workbook = await unwrap(Promise.resolve(result));
      const fallback = `${report.reportYear}年度-${report.orgName}${kind === 'template' ? '-模板' : ''}.xlsx`;
      saveFile(workbook as Blob, suggestedFileName(result.response, fallback));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(undefined);
    }
  };

  const upload = async (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      message.error('文件超过 20 MB，请检查是否选错了文件');
      return;
    }
    setBusy('upload');
    try {
      if (!(await saveNow())) return;
      const outcome = await importReportFile(report.id, file);
      const errors = outcome.problems.filter((problem) => problem.severity === 'error').length;
      if (errors)
        message.warning(`已导入为第 ${outcome.version} 版，文件中有 ${errors} 处无法读取，已在单元格上标出`);
      else message.success(`已导入为第 ${outcome.version} 版`);
      onImported(outcome.problems);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space wrap>
      <Button
        icon={<DownloadOutlined />}
        loading={busy === 'template'}
        onClick={() => void download('template')}
      >
        下载模板
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy === 'filled'} onClick={() => void download('filled')}>
        下载已填工作簿
      </Button>
      {report.canEdit && (
        <Upload
          accept=".xlsx,.docx,.html,.htm,.txt,.pdf"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy === 'upload'}>
            上传工作簿
          </Button>
        </Upload>
      )}
    </Space>
  );
}
