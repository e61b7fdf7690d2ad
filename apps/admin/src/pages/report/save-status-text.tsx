import { Typography } from 'antd';
import type { SaveStatus } from './use-autosave';

/** A short line that always says whether the latest change is on the server. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case 'saved':
      return (
        <Typography.Text type="secondary" data-testid="save-status">
          {status.at ? `已自动保存 ${status.at.toLocaleTimeString('zh-CN')}` : '已保存'}
        </Typography.Text>
      );
    case 'pending':
      return (
        <Typography.Text type="secondary" data-testid="save-status">
          有未保存的修改…
        </Typography.Text>
      );
    case 'saving':
      return (
        <Typography.Text type="secondary" data-testid="save-status">
          正在保存…
        </Typography.Text>
      );
    case 'conflict':
      return (
        <Typography.Text type="danger" data-testid="save-status">
          未保存：版本冲突
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="danger" data-testid="save-status">
          保存失败：{status.message}
        </Typography.Text>
      );
  }
}
