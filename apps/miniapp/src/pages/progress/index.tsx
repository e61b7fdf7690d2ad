import { Picker, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { LoadStateView } from '../../components/load-state';
import { ProgressGroups } from '../../components/progress-groups';
import { useLoad } from '../../hooks/use-load';
import { api } from '../../services/api';
import type { Campaign, Progress } from '../../services/api';
import { getMe } from '../../services/current-user';
import { maySendReminders } from '@nianbao/workflow';
import { RemindButton } from './remind-button';
import './index.scss';

interface CampaignProgress {
  campaigns: Campaign[];
  campaign: Campaign | null;
  progress: Progress | null;
  mayRemind: boolean;
}

/** The latest campaign first: that is the one in progress. */
function byNewest(campaigns: Campaign[]): Campaign[] {
  return [...campaigns].sort((a, b) => b.reportYear - a.reportYear || b.id - a.id);
}

export default function ProgressPage() {
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const { data, error, isLoading, reload } = useLoad<CampaignProgress>(async () => {
    const [list, me] = await Promise.all([api.campaigns(), getMe()]);
    const campaigns = byNewest(list);
    const campaign = campaigns.find((candidate) => candidate.id === campaignId) ?? campaigns[0] ?? null;
    const progress = campaign ? await api.progress(campaign.id) : null;
    return { campaigns, campaign, progress, mayRemind: maySendReminders(me) };
  });

  const choose = (index: number) => {
    const chosen = data?.campaigns[index];
    if (!chosen) return;
    setCampaignId(chosen.id);
  };

  useEffect(() => {
    if (campaignId !== null) void reload();
  }, [campaignId, reload]);

  return (
    <View className="progress">
      {data?.campaign && (
        <Picker
          mode="selector"
          range={data.campaigns.map((campaign) => campaign.name)}
          value={data.campaigns.indexOf(data.campaign)}
          onChange={(event) => choose(Number(event.detail.value))}
        >
          <View className="progress__campaign">
            <Text className="progress__campaign-name">{data.campaign.name}</Text>
            <Text className="progress__campaign-switch">切换 ▾</Text>
          </View>
        </Picker>
      )}
      {data?.campaign && (
        <Text className="progress__deadline">截止日期：{data.campaign.deadline.slice(0, 10)}</Text>
      )}
      {data && !data.campaign && <View className="progress__empty">还没有填报任务</View>}
      {(!data || error) && <LoadStateView isLoading={isLoading} error={error} onRetry={reload} />}
      {data?.mayRemind && data.progress && (data.progress.byState.draft ?? 0) > 0 && (
        <RemindButton campaignId={data.progress.campaignId} />
      )}
      {data?.progress && <ProgressGroups progress={data.progress} />}
    </View>
  );
}
