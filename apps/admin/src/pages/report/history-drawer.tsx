import { useState } from 'react';
import { App, Button, Drawer, Popconfirm, Table, Tabs, Timeline, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { actionLabel, isWorkflowAction } from '@nianbao/workflow';
import { api, errorMessage, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { QueryState } from '../../components/query-state';
import { liveNumberChanges } from './live-number-changes';

type Version = ApiSchemas['ReportVersionOutput'];
type Event = ApiSchemas['ReportEventOutput'];

const OTHER_EVENTS: Record<string, string> = { save: '保存', restore: '恢复版本', comment: '批注' };

function eventText(event: Event): string {
  const action = event.action.replace(/^report\./, '');
  const label = isWorkflowAction(action) ? actionLabel(action) : (OTHER_EVENTS[action] ?? action);
  const detail = event.detail ?? {};
  const comment = typeof detail.comment === 'string' ? `：${detail.comment}` : '';
  const version = typeof detail.version === 'number' ? `（第 ${detail.version} 版）` : '';
  return `${label}${version}${comment}`;
}

interface HistoryDrawerProps {
  reportId: number;
  canRestore: boolean;
  /** Saves pending edits and returns the version a restore must name, or null when that failed. */
  prepareRestore: () => Promise<number | null>;
  onRestored: () => void;
}

/** Every saved version (any one can come back as a new version) and the approval record. */
export function HistoryDrawer({ reportId, canRestore, prepareRestore, onRestored }: HistoryDrawerProps) {
  const { message } = App.useApp();
  const [isOpen, setIsOpen] = useState(false);
  const [restoring, setRestoring] = useState<number>();
  const history = useApiQuery(
    () =>
      isOpen
        ? unwrap(api.GET('/api/reports/{id}/history', { params: { path: { id: reportId } } }))
        : Promise.resolve(undefined),
    [reportId, isOpen],
  );

  const restore = async (version: number) => {
    setRestoring(version);
    try {
      const current = await prepareRestore();
      if (current === null) return;
      await unwrap(
        api.POST('/api/reports/{id}/versions/{version}/restore', {
          params: { path: { id: reportId, version } },
          body: { version: current },
        }),
      );
      message.success(`已将第 ${version} 版恢复为新版本`);
      setIsOpen(false);
      onRestored();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setRestoring(undefined);
    }
  };

  return (
    <>
      <Button onClick={() => setIsOpen(true)}>历史版本</Button>
      <Drawer
        title="历史版本与审批记录"
        size={560}
        open={isOpen}
        onClose={() => setIsOpen(false)}
        destroyOnHidden
      >
        <QueryState query={history}>
          {(data) =>
            data && (
              <Tabs
                items={[
                  {
                    key: 'versions',
                    label: `内容版本（${data.versions.length}）`,
                    children: (
                      <Table<Version>
                        rowKey="version"
                        size="small"
                        dataSource={data.versions}
                        pagination={{ pageSize: 10, hideOnSinglePage: true }}
                        locale={{ emptyText: '还没有保存过内容' }}
                        expandable={{
                          rowExpandable: (version) => version.liveNumbers.length > 0,
                          expandedRowRender: (version, index) => (
                            <div data-testid="version-live-numbers">
                              <Typography.Text type="secondary">正文中引用统计表的数字：</Typography.Text>
                              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                                {liveNumberChanges(
                                  version.liveNumbers,
                                  data.versions[index + 1]?.liveNumbers,
                                ).map((change, position) => (
                                  <li key={position}>
                                    {change.source}：
                                    {change.before ? (
                                      <>
                                        <del>{change.before}</del> → <strong>{change.text}</strong>
                                      </>
                                    ) : (
                                      change.text
                                    )}
                                  </li>
                                ))}
                              </ul>
                            </div>
                          ),
                        }}
                        columns={[
                          {
                            title: '版本',
                            dataIndex: 'version',
                            width: 70,
                            render: (v: number) => `第 ${v} 版`,
                          },
                          {
                            title: '保存时间',
                            dataIndex: 'savedAt',
                            render: (at: string, version) => (
                              <>
                                {new Date(at).toLocaleString('zh-CN')}
                                {version.restoredFromVersion !== null && (
                                  <Typography.Text type="secondary">
                                    {' '}
                                    由第 {version.restoredFromVersion} 版恢复
                                  </Typography.Text>
                                )}
                              </>
                            ),
                          },
                          {
                            title: '操作',
                            width: 130,
                            render: (_, version, index) =>
                              index === 0 ? (
                                <Typography.Text type="secondary">当前内容</Typography.Text>
                              ) : canRestore ? (
                                <Popconfirm
                                  title={`以第 ${version.version} 版的内容生成新版本？`}
                                  description="当前内容仍保留在历史中，可再恢复。"
                                  okText="恢复"
                                  cancelText="取消"
                                  onConfirm={() => restore(version.version)}
                                >
                                  <Button size="small" loading={restoring === version.version}>
                                    恢复为新版本
                                  </Button>
                                </Popconfirm>
                              ) : null,
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: 'events',
                    label: '审批记录',
                    children:
                      data.events.length === 0 ? (
                        <Typography.Text type="secondary">还没有记录</Typography.Text>
                      ) : (
                        <Timeline
                          items={data.events.map((event, index) => ({
                            key: index,
                            content: (
                              <>
                                <div>{eventText(event)}</div>
                                <Typography.Text type="secondary">
                                  {new Date(event.at).toLocaleString('zh-CN')}
                                </Typography.Text>
                              </>
                            ),
                          }))}
                        />
                      ),
                  },
                ]}
              />
            )
          }
        </QueryState>
      </Drawer>
    </>
  );
}
