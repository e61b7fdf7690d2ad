import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/api';
import type { ExportKind } from './campaign-export';
import { exportCampaignWorkbook } from './campaign-export';

interface ExportButtonProps {
  campaignId: number;
  kind: ExportKind;
  /** The subtree to export; the user's own org when absent. */
  orgId?: number;
  label: string;
  disabled?: boolean;
}

/**
 * Starts a campaign export, shows how far the background job got, and downloads the file (workbook or zip) when it is done.
 * While one runs the button is busy, so a second click starts nothing; a refusal is said in Chinese beside it.
 */
export function ExportButton({ campaignId, kind, orgId, label, disabled }: ExportButtonProps) {
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  const start = async () => {
    setError(undefined);
    setProgress(0);
    try {
      await exportCampaignWorkbook(campaignId, kind, orgId, setProgress);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setProgress(undefined);
    }
  };

  const isRunning = progress !== undefined;
  return (
    <Space size={4}>
      <Button
        icon={<DownloadOutlined />}
        loading={isRunning}
        disabled={disabled}
        onClick={() => void start()}
      >
        {isRunning ? `正在生成（${Math.round(progress)}%）` : label}
      </Button>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
