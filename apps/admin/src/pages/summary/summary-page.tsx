import { useState } from 'react';
import { Alert, Card, Descriptions, Space, TreeSelect, Typography } from 'antd';
import type { ApiSchemas } from '@nianbao/api-client';
import { isFormatId } from '@nianbao/rules';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Campaign } from '../../components/campaign-picker';
import { CampaignScope } from '../../components/campaign-picker';
import { scopeOptions } from '../../components/org-scope-options';
import { QueryState } from '../../components/query-state';
import { ReportEditor } from '../../features/report-editor/report-editor';
import { ReportTable } from '../../features/report-list/report-table';
import { ExportButton } from '../../features/summary-export/export-button';

type Summary = ApiSchemas['SummaryOutput'];

/** The approved reports the 汇总 adds up, each one a link to open it. */
function Contributors({ campaign, summary }: { campaign: Campaign; summary: Summary }) {
  const reports = useApiQuery(
    () =>
      unwrap(
        api.GET('/api/campaigns/{id}/reports', {
          params: { path: { id: campaign.id }, query: { org: summary.orgId, state: 'approved' } },
        }),
      ),
    [campaign.id, summary.orgId],
  );
  return (
    <Card size="small" title={`计入汇总的报告（${summary.reportCount} 份）`} style={{ marginTop: 12 }}>
      <QueryState query={reports}>
        {(list) => <ReportTable reports={list} emptyText="还没有审核通过的报告" />}
      </QueryState>
    </Card>
  );
}

function CampaignSummary({ campaign }: { campaign: Campaign }) {
  const [scopeOrg, setScopeOrg] = useState<number>();
  const tree = useApiQuery(() => unwrap(api.GET('/api/orgs/tree')), []);
  const summary = useApiQuery(
    () =>
      unwrap(
        api.GET('/api/campaigns/{id}/summary', {
          params: { path: { id: campaign.id }, query: scopeOrg ? { org: scopeOrg } : {} },
        }),
      ),
    [campaign.id, scopeOrg],
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>汇总范围</Typography.Text>
        <TreeSelect<number>
          aria-label="汇总范围"
          style={{ width: 280 }}
          value={scopeOrg ?? summary.data?.orgId}
          treeData={tree.data ? scopeOptions(tree.data, true) : []}
          treeDefaultExpandAll
          onChange={setScopeOrg}
        />
        {summary.data && (
          <>
            <ExportButton
              campaignId={campaign.id}
              kind="summary"
              orgId={summary.data.orgId}
              label="导出汇总（Excel）"
              disabled={summary.data.reportCount === 0}
            />
            <ExportButton
              campaignId={campaign.id}
              kind="reports"
              orgId={summary.data.orgId}
              label="导出全部报告（Excel）"
            />
            <ExportButton
              campaignId={campaign.id}
              kind="documents"
              orgId={summary.data.orgId}
              label="下载公开年报包（Word/PDF/网页）"
            />
          </>
        )}
      </Space>
      <QueryState query={summary}>
        {(data) => (
          <>
            <Descriptions size="small" style={{ marginBottom: 12 }} column={3}>
              <Descriptions.Item label="汇总范围">{data.orgName}</Descriptions.Item>
              <Descriptions.Item label="已通过并计入">
                <span data-testid="summary-count">
                  {data.reportCount} / {data.totalReports} 份
                </span>
              </Descriptions.Item>
            </Descriptions>
            {data.reportCount === 0 ? (
              <Alert type="info" showIcon title="该范围内还没有审核通过的报告，汇总表为空" />
            ) : isFormatId(data.formatId) ? (
              <>
                <ReportEditor
                  key={`${data.orgId}:${data.reportCount}`}
                  report={{ formatId: data.formatId, reportYear: campaign.reportYear, agency: data.orgName }}
                  initialValues={data.values}
                  isReadOnly
                  cellInfo={(code) => (
                    <div data-testid="cell-contributors">
                      {data.contributors[code] ?? 0} / {data.reportCount} 份报告填报了此项
                    </div>
                  )}
                />
                <Contributors campaign={campaign} summary={data} />
              </>
            ) : (
              <Alert type="error" title={`无法识别的报表格式“${data.formatId}”`} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

export default function SummaryPage() {
  return (
    <>
      <Typography.Title level={4}>汇总</Typography.Title>
      <CampaignScope>{(campaign) => <CampaignSummary key={campaign.id} campaign={campaign} />}</CampaignScope>
    </>
  );
}
