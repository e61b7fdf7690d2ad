import { useState } from 'react';
import { Button, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { errorMessage, unwrap } from '../../api/api';
import { saveFile, suggestedFileName } from '../downloads/save-file';

interface WorkbookDownloadProps {
  label: string;
  fallbackName: string;
  fetchWorkbook: () => Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/** Downloads an analytics workbook with the session's token; a refusal is said beside the button. */
export function WorkbookDownload({ label, fallbackName, fetchWorkbook }: WorkbookDownloadProps) {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await fetchWorkbook();
      const content = await unwrap(Promise.resolve(result));
      saveFile(content as Blob, suggestedFileName(result.response, fallbackName));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={isBusy} onClick={() => void download()}>
        {label}
      </Button>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </>
  );
}
