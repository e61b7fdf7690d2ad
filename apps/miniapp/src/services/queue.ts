import { api } from './api';
import type { ReportListItem } from './api';
import { getMe } from './current-user';
import { isInQueue, queueStatesFor } from './work-queue';

export interface QueueItem extends ReportListItem {
  campaignName: string;
}

/** Every report that waits for the signed-in user, across campaigns: overdue first, then the oldest. */
export async function loadMyQueue(): Promise<QueueItem[]> {
  const me = await getMe();
  const campaigns = await api.campaigns();
  const states = queueStatesFor(me);
  const lists = await Promise.all(
    campaigns.flatMap((campaign) =>
      states.map(async (queueState) => {
        const reports = await api.campaignReports(campaign.id, { state: queueState.state });
        return reports
          .filter((report) => isInQueue(report, queueState, me))
          .map((report) => ({ ...report, campaignName: campaign.name }));
      }),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.updatedAt.localeCompare(b.updatedAt));
}
