import { useMemo, useState } from 'react';
import type { ApiSchemas } from '@nianbao/api-client';
import {
  App,
  Button,
  InputNumber,
  Segmented,
  Space,
  Table,
  Tag,
  Tooltip,
  TreeSelect,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/api';
import { confirmFiles, downloadSource, reviewFile } from './history-import-api';
import type { HistoryFile, HistoryImport, ReviewDecision } from './history-import-api';
import { GROUP_LABELS, groupOf } from './review-groups';
import type { ReviewGroup } from './review-groups';

type OrgNode = ApiSchemas['OrgTreeNodeOutput'];

interface OrgOption {
  value: number;
  title: string;
  disabled: boolean;
  children: OrgOption[];
}

/** The city itself has no report of its own to import. */
const toOptions = (nodes: OrgNode[]): OrgOption[] =>
  nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: node.type === 'city',
    children: toOptions(node.children ?? []),
  }));

const GROUP_COLORS: Record<ReviewGroup, string> = {
  doubtful: 'orange',
  unmatched: 'red',
  matched: 'green',
  failed: 'default',
  skipped: 'default',
  stored: 'blue',
  pending: 'processing',
};
const FILTERS: (ReviewGroup | 'all')[] = [
  'all',
  'doubtful',
  'unmatched',
  'matched',
  'failed',
  'skipped',
  'stored',
];

interface ReviewTableProps {
  upload: HistoryImport;
  orgTree: OrgNode[];
  onChanged: () => void;
}

/** Every file of an import with its proposal; the reviewer fixes org and year, skips, and imports the ready ones. */
export function ReviewTable({ upload, orgTree, onChanged }: ReviewTableProps) {
  const { message, modal } = App.useApp();
  const [filter, setFilter] = useState<ReviewGroup | 'all'>('all');
  const [busyFile, setBusyFile] = useState<number | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const options = useMemo(() => toOptions(orgTree), [orgTree]);
  const counts = useMemo(() => {
    const byGroup = new Map<ReviewGroup, number>();
    for (const file of upload.files) byGroup.set(groupOf(file), (byGroup.get(groupOf(file)) ?? 0) + 1);
    return byGroup;
  }, [upload.files]);
  const ready = upload.files.filter((file) => file.isReady);
  const shown = filter === 'all' ? upload.files : upload.files.filter((file) => groupOf(file) === filter);

  const decide = async (file: HistoryFile, decision: Partial<ReviewDecision>) => {
    setBusyFile(file.id);
    try {
      await reviewFile(upload.id, file.id, {
        orgId: file.orgId,
        reportYear: file.reportYear,
        isSkipped: false,
        ...decision,
      });
      onChanged();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusyFile(null);
    }
  };

  const confirm = async () => {
    setIsConfirming(true);
    try {
      const { results } = await confirmFiles(
        upload.id,
        ready.map((file) => file.id),
      );
      const refused = results.filter((result) => !result.isStored);
      if (refused.length === 0) message.success(`已导入 ${results.length} 份历史年报`);
      else
        modal.warning({
          title: `已导入 ${results.length - refused.length} 份，${refused.length} 份未导入`,
          content: (
            <ul>
              {refused.map((result) => (
                <li key={result.fileId}>
                  {upload.files.find((file) => file.id === result.fileId)?.fileName}：{result.message}
                </li>
              ))}
            </ul>
          ),
        });
      onChanged();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setIsConfirming(false);
    }
  };

  const isEditable = (file: HistoryFile) =>
    (file.status === 'read' || file.status === 'skipped') && busyFile !== file.id;
  const columns: TableColumnsType<HistoryFile> = [
    {
      title: '文件',
      dataIndex: 'fileName',
      render: (name: string, file) => (
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={() => void downloadSource(upload.id, file)}>{name}</Typography.Link>
          {file.message && <Typography.Text type="danger">{file.message}</Typography.Text>}
          {file.status !== 'failed' && file.status !== 'pending' && (
            <Typography.Text type="secondary">
              读出 {file.valueCount} 项数值
              {file.unreadableCount > 0 && `，${file.unreadableCount} 项读不出（保留为空，不计为 0）`}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '报告中的单位名称',
      dataIndex: 'agency',
      render: (agency: string | null) => agency ?? '（未写明）',
    },
    {
      title: '匹配',
      key: 'match',
      render: (_, file) => (
        <Tooltip title={file.matchReason}>
          <span>
            <Tag color={GROUP_COLORS[groupOf(file)]} data-testid="match-group">
              {GROUP_LABELS[groupOf(file)]}
            </Tag>
            {file.status === 'read' && (
              <Typography.Text type="secondary">可信度 {file.confidence}%</Typography.Text>
            )}
          </span>
        </Tooltip>
      ),
    },
    {
      title: '导入到单位',
      key: 'org',
      width: 240,
      render: (_, file) =>
        file.status === 'stored' && file.reportId !== null ? (
          <Link to={`/reports/${file.reportId}`}>{file.orgName}</Link>
        ) : (
          <TreeSelect<number>
            aria-label={`${file.fileName} 导入到单位`}
            style={{ width: 220 }}
            placeholder="选择单位"
            value={file.orgId ?? undefined}
            treeData={options}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
            disabled={!isEditable(file)}
            onChange={(orgId) => void decide(file, { orgId })}
          />
        ),
    },
    {
      title: '年度',
      key: 'year',
      width: 110,
      render: (_, file) => (
        <InputNumber<number>
          aria-label={`${file.fileName} 年度`}
          style={{ width: 90 }}
          min={2008}
          max={new Date().getFullYear() - 1}
          value={file.reportYear ?? undefined}
          disabled={!isEditable(file)}
          onBlur={(event) => {
            const year = Number(event.target.value);
            if (Number.isInteger(year) && year !== file.reportYear) void decide(file, { reportYear: year });
          }}
        />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, file) => (
        <Space>
          {file.status === 'read' && !file.isReady && file.orgId !== null && file.reportYear !== null && (
            <Button
              size="small"
              type="primary"
              loading={busyFile === file.id}
              onClick={() => void decide(file, {})}
            >
              确认
            </Button>
          )}
          {file.status === 'read' && (
            <Button
              size="small"
              loading={busyFile === file.id}
              onClick={() => void decide(file, { isSkipped: true })}
            >
              跳过
            </Button>
          )}
          {file.status === 'skipped' && file.orgId !== null && file.reportYear !== null && (
            <Button
              size="small"
              loading={busyFile === file.id}
              onClick={() => void decide(file, { isSkipped: false })}
            >
              取消跳过
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<ReviewGroup | 'all'>
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((group) => ({
            value: group,
            label:
              group === 'all'
                ? `全部 ${upload.files.length}`
                : `${GROUP_LABELS[group]} ${counts.get(group) ?? 0}`,
          }))}
        />
        <Button type="primary" disabled={ready.length === 0} loading={isConfirming} onClick={confirm}>
          导入 {ready.length} 份已确认的年报
        </Button>
      </Space>
      <Table<HistoryFile>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有这一类的文件' }}
      />
    </>
  );
}
