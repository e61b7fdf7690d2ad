import { Typography } from 'antd';
import { api, unwrap } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import type { Campaign } from '../../components/campaign-picker';
import { CampaignScope } from '../../components/campaign-picker';
import { QueryState } from '../../components/query-state';
import { ReportTable } from '../../features/report-list/report-table';
import { useCurrentUser } from '../../auth/auth-context';

function MyReports({ campaign }: { campaign: Campaign }) {
  const user = useCurrentUser();
  const reports = useApiQuery(
    () => unwrap(api.GET('/api/campaigns/{id}/reports', { params: { path: { id: campaign.id } } })),
    [campaign.id],
  );
  return (
    <QueryState query={reports}>
      {(list) => (
        <ReportTable
          reports={list.filter((report) => report.orgId === user.orgId)}
          emptyText="本批次没有需要本单位填报的报告"
        />
      )}
    </QueryState>
  );
}

export default function MyTasksPage() {
  return (
    <>
      <Typography.Title level={4}>我的填报</Typography.Title>
      <CampaignScope>{(campaign) => <MyReports key={campaign.id} campaign={campaign} />}</CampaignScope>
    </>
  );
}
