import { useState } from 'react';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { ItemList, ItemListEntry } from '../../components/item-list';
import { batchApprove } from '../../features/batch-approve/batch-approve';
import type { ReportListItem } from '../../features/report-list/report-table';

interface BatchApproveBarProps {
  selected: ReportListItem[];
  onDone: () => void;
}

/** Approves the selected reports that pass the rules and lists, for each one left, why. */
export function BatchApproveBar({ selected, onDone }: BatchApproveBarProps) {
  const { modal } = App.useApp();
  const [isRunning, setIsRunning] = useState(false);

  const run = async () => {
    setIsRunning(true);
    const outcomes = await batchApprove(selected);
    setIsRunning(false);
    const approvedCount = outcomes.filter((outcome) => outcome.isApproved).length;
    modal.info({
      title: `已通过 ${approvedCount} 份，${outcomes.length - approvedCount} 份未处理`,
      width: 560,
      okText: '知道了',
      content: (
        <ItemList>
          {outcomes.map((outcome) => (
            <ItemListEntry key={outcome.reportId}>
              {outcome.orgName}：
              {outcome.isApproved ? <Tag color="success">已通过</Tag> : <Tag color="warning">未处理</Tag>}
              {outcome.reason}
            </ItemListEntry>
          ))}
        </ItemList>
      ),
    });
    onDone();
  };

  return (
    <Space style={{ marginBottom: 12 }}>
      <Popconfirm
        title={`批量通过所选 ${selected.length} 份报告？`}
        description="逐份重新校验：只通过无错误、提醒均已说明的报告，其余保留待逐份审核。"
        okText="批量通过"
        cancelText="取消"
        disabled={selected.length === 0}
        onConfirm={run}
      >
        <Button type="primary" disabled={selected.length === 0} loading={isRunning}>
          批量通过{selected.length ? `（${selected.length}）` : ''}
        </Button>
      </Popconfirm>
      <Typography.Text type="secondary">勾选待审核的报告后可批量通过</Typography.Text>
    </Space>
  );
}
