import { Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { REPORT_STATES, stateLabel } from '@nianbao/workflow';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useCurrentUser } from '../../auth/auth-context';
import type { Campaign } from '../../components/campaign-picker';
import { CampaignScope } from '../../components/campaign-picker';
import { QueryState } from '../../components/query-state';
import { ExportButton } from '../../features/summary-export/export-button';
import { maySendReminders } from '@nianbao/workflow';
import { unfinishedCount } from '../../features/progress-reminders/unfinished-count';
import { RemindButton } from '../../features/progress-reminders/remind-button';

type Group = ApiSchemas['ProgressGroupOutput'];

const percent = (rate: number) => Math.round(rate * 1000) / 10;

/** A single org's report state by name; a group's share of approved reports. */
function GroupStatus({ group }: { group: Group }) {
  if (group.total === 1) {
    const state = REPORT_STATES.find((candidate) => (group.byState[candidate] ?? 0) > 0);
    if (!state) return null;
    return (
      <Tag color={state === 'approved' ? 'success' : state === 'draft' ? 'default' : 'processing'}>
        {stateLabel(state)}
      </Tag>
    );
  }
  const approved = group.byState.approved ?? 0;
  return (
    <Progress
      size="small"
      percent={group.total ? percent(approved / group.total) : 0}
      format={() => `${approved}/${group.total}`}
    />
  );
}

function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const [params, setParams] = useSearchParams();
  const org = params.get('org') ?? undefined;
  const mayRemind = maySendReminders(useCurrentUser());
  const progress = useApiQuery(
    () =>
      unwrap(
        api.GET('/api/campaigns/{id}/progress', {
          params: { path: { id: campaign.id }, query: org ? { org: Number(org) } : {} },
        }),
      ),
    [campaign.id, org],
  );
  return (
    <QueryState query={progress}>
      {(data) => (
        <>
          <Space style={{ marginBottom: 12 }}>
            {org && (
              <Button
                onClick={() =>
                  setParams((current) => ({ campaign: current.get('campaign') ?? String(campaign.id) }))
                }
              >
                返回全市
              </Button>
            )}
            {mayRemind && unfinishedCount(data) > 0 && (
              <RemindButton
                campaignId={campaign.id}
                orgId={org ? Number(org) : undefined}
                target="全部未完成单位"
                type="primary"
              >
                提醒全部未完成单位
              </RemindButton>
            )}
            <ExportButton
              campaignId={campaign.id}
              kind="progress"
              orgId={org ? Number(org) : undefined}
              label="导出进度清单（Excel）"
            />
          </Space>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={4}>
              <Card size="small">
                <Statistic title="应报" value={data.total} />
              </Card>
            </Col>
            <Col span={4}>
              <Card size="small">
                <Statistic title="已通过" value={data.byState.approved ?? 0} />
              </Card>
            </Col>
            <Col span={4}>
              <Card size="small">
                <Statistic
                  title="逾期"
                  value={data.overdue}
                  valueStyle={{ color: data.overdue ? '#cf1322' : undefined }}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Typography.Text type="secondary">按时提交率</Typography.Text>
                <Progress percent={percent(data.onTimeRate)} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small">
                <Statistic
                  title="已发布（按时发布）"
                  value={data.published}
                  suffix={`（${data.publishedOnTime}）`}
                />
              </Card>
            </Col>
          </Row>
          <Table<Group>
            rowKey="orgId"
            size="small"
            dataSource={data.groups}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '该范围内没有填报单位' }}
            columns={[
              {
                title: '区域 / 单位',
                dataIndex: 'orgName',
                fixed: 'left',
                width: 150,
                render: (name: string, group) =>
                  group.total > 1 ? (
                    <Link to={`?campaign=${campaign.id}&org=${group.orgId}`}>{name}</Link>
                  ) : (
                    name
                  ),
              },
              {
                title: '状态',
                key: 'status',
                width: 150,
                render: (_: unknown, group: Group) => <GroupStatus group={group} />,
              },
              { title: '应报', dataIndex: 'total', width: 70 },
              ...REPORT_STATES.map((state) => ({
                title: stateLabel(state),
                key: state,
                width: 90,
                render: (_: unknown, group: Group) => group.byState[state] ?? 0,
              })),
              { title: '逾期', dataIndex: 'overdue', width: 70 },
              {
                title: '按时提交率',
                dataIndex: 'onTimeRate',
                width: 110,
                render: (rate: number) => `${percent(rate)}%`,
              },
              { title: '已发布', dataIndex: 'published', width: 80 },
              { title: '按时发布', dataIndex: 'publishedOnTime', width: 90 },
              ...(mayRemind
                ? [
                    {
                      title: '提醒',
                      key: 'remind',
                      fixed: 'right' as const,
                      width: 100,
                      render: (_: unknown, group: Group) =>
                        unfinishedCount(group) > 0 && (
                          <RemindButton
                            campaignId={campaign.id}
                            orgId={group.orgId}
                            target={group.orgName}
                            size="small"
                          >
                            发送提醒
                          </RemindButton>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </QueryState>
  );
}

export default function ProgressPage() {
  return (
    <>
      <Typography.Title level={4}>填报进度</Typography.Title>
      <CampaignScope>
        {(campaign) => <CampaignProgress key={campaign.id} campaign={campaign} />}
      </CampaignScope>
    </>
  );
}
