import { useState } from 'react';
import { App, Button, Card, Progress, Space, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { errorMessage } from '../../api/api';
import { uploadHistory } from './history-import-api';

const ACCEPTED = '.zip,.html,.htm,.shtml,.txt,.pdf,.docx,.xlsx';

/** Choose files or a zip, send them, and watch the job read them one by one. */
export function HistoryUpload({ onRead }: { onRead: (importId: number) => void }) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [progress, setProgress] = useState<number | null>(null);

  const start = async () => {
    setProgress(0);
    try {
      const importId = await uploadHistory(
        files.map((file) => file.originFileObj as File),
        setProgress,
      );
      setFiles([]);
      message.success('读取完成，请在下方逐个确认');
      onRead(importId);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card size="small" title="上传历史年报">
      <Upload.Dragger
        multiple
        accept={ACCEPTED}
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => setFiles(fileList)}
        disabled={progress !== null}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖入从各单位网站保存的历年年报</p>
        <p className="ant-upload-hint">
          支持网页（.html）、PDF（文字版）、Word（.docx）、文本（.txt）、Excel 模板（.xlsx），或装有这些文件的
          .zip 压缩包
        </p>
      </Upload.Dragger>
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" disabled={files.length === 0 || progress !== null} onClick={start}>
          开始读取（{files.length} 个文件）
        </Button>
        {progress !== null && (
          <>
            <Typography.Text>正在逐个读取</Typography.Text>
            <Progress percent={progress} size="small" style={{ width: 200 }} aria-label="读取进度" />
          </>
        )}
      </Space>
    </Card>
  );
}
