import { maySendReminders } from '@nianbao/workflow';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { Org } from '../orgs/entities/org.entity';
import { OrgException } from '../orgs/orgs.exception';
import { RemindersException } from './reminders.exception';

export interface ReminderScope {
  campaign: Campaign;
  /** The org whose subtree's unfinished reports are reminded. */
  root: Org;
}

/**
 * Who may send a reminder now, about what: the 政务公开办 (reviewers of a district or the city) and administrators,
 * for the campaign's reports in their own subtree. Checked when the request comes and again when the job runs.
 */
@Injectable()
export class ReminderScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsService,
  ) {}

  async resolve(user: AuthUser, campaignId: number, orgId: number | null): Promise<ReminderScope> {
    // Visibility first: a campaign or org of another branch is 404 for everybody, whatever their roles.
    const campaign = await this.campaigns.findVisible(user, campaignId);
    const root = await this.dataSource.getRepository(Org).findOneBy({ id: orgId ?? user.orgId });
    if (!root || !root.path.startsWith(user.orgPath)) throw OrgException.notFound();
    if (!maySendReminders(user)) throw RemindersException.notReminder();
    return { campaign, root };
  }
}
