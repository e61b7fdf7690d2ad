import { useState } from 'react';
import { App, Button, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/api';
import type { ListKind } from './list-import';
import { downloadImportTemplate, importList, importProblems } from './list-import';

const NOUNS: Record<ListKind, string> = { users: '用户', orgs: '单位', 'work-app-bindings': '绑定' };
/** What a successful import did, per kind. */
const OUTCOMES: Record<ListKind, (created: number, skipped: number) => string> = {
  users: (created, skipped) => `已新建 ${created} 个用户${skipped ? `，跳过已存在的 ${skipped} 个` : ''}`,
  orgs: (created, skipped) => `已新建 ${created} 个单位${skipped ? `，跳过已存在的 ${skipped} 个` : ''}`,
  'work-app-bindings': (created, skipped) =>
    `已绑定 ${created} 个账号${skipped ? `，跳过已相同绑定的 ${skipped} 个` : ''}`,
};

interface ListImportControlsProps {
  kind: ListKind;
  onImported: () => void;
}

/**
 * Download the .xlsx template; upload a filled .xlsx or CSV as it is. The API imports all of it or nothing: the
 * outcome is a count, or every bad line in Chinese. Busy while the API works, so a double click imports once.
 */
export function ListImportControls({ kind, onImported }: ListImportControlsProps) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'template' | 'upload'>();
  const noun = NOUNS[kind];

  const downloadTemplate = async () => {
    setBusy('template');
    try {
      await downloadImportTemplate(kind);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(undefined);
    }
  };

  const upload = async (file: File) => {
    setBusy('upload');
    try {
      const { created, skipped } = await importList(kind, file);
      message.success(OUTCOMES[kind](created, skipped));
      onImported();
    } catch (error) {
      modal.error({
        title: `${noun}导入失败，未做任何修改`,
        width: 640,
        okText: '知道了',
        content: (
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            {importProblems(errorMessage(error)).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ),
      });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        loading={busy === 'template'}
        onClick={() => void downloadTemplate()}
      >
        {noun}模板
      </Button>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={busy === 'upload'}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button
          size="small"
          icon={<UploadOutlined />}
          loading={busy === 'upload'}
          title="上传填好的模板（.xlsx）或 UTF-8 编码的 CSV"
        >
          导入{noun}
        </Button>
      </Upload>
    </Space>
  );
}
