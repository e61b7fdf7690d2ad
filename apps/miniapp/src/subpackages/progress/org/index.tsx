import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { ActionButton } from '../../../components/action-button';
import { LoadStateView } from '../../../components/load-state';
import { ProgressGroups } from '../../../components/progress-groups';
import { StatusTag } from '../../../components/status-tag';
import { useLoad } from '../../../hooks/use-load';
import { maySendReminders } from '@nianbao/workflow';
import { useReminderSender } from '../../../pages/progress/remind-button';
import { api } from '../../../services/api';
import type { ReportListItem } from '../../../services/api';
import { getMe } from '../../../services/current-user';
import { RequestError } from '../../../services/request-error';
import './index.scss';

/**
 * One org of the progress tree: its counts, the orgs below it, and each report with its state (overdue first). The
 * 政务公开办 reminds one unfinished org from its row.
 */
export default function ProgressOrgPage() {
  const { params } = useRouter();
  const campaignId = Number(params.campaign);
  const orgId = Number(params.org);
  const orgName = decodeURIComponent(params.name ?? '');
  const { data, error, isLoading, reload } = useLoad(async () => {
    if (!Number.isInteger(campaignId) || !Number.isInteger(orgId))
      throw new RequestError('http', '链接无效，请从进度页打开');
    if (orgName) void Taro.setNavigationBarTitle({ title: orgName });
    const [progress, reports, me] = await Promise.all([
      api.progress(campaignId, orgId),
      api.campaignReports(campaignId, { org: orgId }),
      getMe(),
    ]);
    reports.sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.orgName.localeCompare(b.orgName));
    return { progress, reports, mayRemind: maySendReminders(me) };
  });
  const reminders = useReminderSender();

  if (!data) return <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />;
  // The API reminds an org's whole subtree: for this page's own org that is every unit listed here, so say so.
  const recipientsOf = (report: ReportListItem) =>
    report.orgId === orgId && data.progress.groups.length > 0
      ? `${report.orgName}及下属未提交单位`
      : report.orgName;
  return (
    <View className="progress-org">
      <ProgressGroups progress={data.progress} />
      <Text className="progress-org__heading">各单位报告</Text>
      {data.reports.map((report) => (
        <View
          key={report.id}
          className={`progress-org__report${report.isOverdue ? ' progress-org__report--overdue' : ''}`}
        >
          <View
            className="progress-org__open"
            onClick={() => Taro.navigateTo({ url: `/subpackages/report/detail/index?id=${report.id}` })}
          >
            <Text className="progress-org__name">{report.orgName}</Text>
            <StatusTag state={report.state} lastAction={report.lastAction} isOverdue={report.isOverdue} />
          </View>
          {data.mayRemind && report.state === 'draft' && (
            <ActionButton
              className="progress-org__remind"
              variant="plain"
              isBusy={reminders.busyRequest?.orgId === report.orgId}
              onClick={() =>
                void reminders.send({ campaignId, orgId: report.orgId, recipients: recipientsOf(report) })
              }
            >
              提醒
            </ActionButton>
          )}
        </View>
      ))}
    </View>
  );
}
