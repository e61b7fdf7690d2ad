import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgType } from '@nianbao/workflow';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { Org } from '../../orgs/entities/org.entity';
import type { PublicSiteSettingsInput } from '../dto/public-site-settings.input';
import { PublicSiteSettings } from '../entities/public-site-settings.entity';
import { PublicSiteException } from '../public-site.exception';

/** The levels a 年报专栏 can list; the city's own report goes with its departments. */
export const LISTABLE_ORG_TYPES: readonly OrgType[] = [
  'city',
  'city_department',
  'district',
  'district_department',
  'township',
];

/** The settings every page reads, kept this long in each process (a change shows everywhere within it). */
const CACHE_MS = 10_000;

export type SiteSettings = Omit<PublicSiteSettings, 'id' | 'updatedAt'>;

@Injectable()
export class PublicSiteSettingsService {
  private cached: { settings: SiteSettings; until: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(now = Date.now()): Promise<SiteSettings> {
    if (this.cached && this.cached.until > now) return this.cached.settings;
    const stored = await this.dataSource.getRepository(PublicSiteSettings).findOneBy({ id: 1 });
    const settings = stored ? withoutKeys(stored) : await this.defaults();
    this.cached = { settings, until: now + CACHE_MS };
    return settings;
  }

  /** The city's 政务公开办 (a reviewer of the root org) or an administrator. */
  async update(user: AuthUser, input: PublicSiteSettingsInput): Promise<SiteSettings> {
    const root = await this.rootOrg();
    const isCityReviewer = user.roles.includes('reviewer') && root?.id === user.orgId;
    if (!user.roles.includes('admin') && !isCityReviewer) throw PublicSiteException.notAllowed();
    const row: PublicSiteSettings = {
      id: 1,
      title: input.title.trim(),
      organizer: input.organizer.trim(),
      siteCode: input.siteCode.trim(),
      icpRecord: input.icpRecord.trim(),
      policeRecord: input.policeRecord.trim(),
      visibleOrgTypes: LISTABLE_ORG_TYPES.filter((type) => input.visibleOrgTypes.includes(type)),
      updatedAt: new Date(),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PublicSiteSettings).upsert(row, ['id']);
      await this.audit.record(
        {
          actor: user,
          action: 'public-site.settings',
          entityType: 'public-site',
          entityId: 1,
          orgPath: root?.path ?? `/${user.orgId}/`,
          detail: { title: row.title, visibleOrgTypes: row.visibleOrgTypes },
        },
        manager,
      );
    });
    this.cached = null;
    return withoutKeys(row);
  }

  private async defaults(): Promise<SiteSettings> {
    const root = await this.rootOrg();
    const jurisdiction = root?.name ?? '';
    return {
      title: `${jurisdiction}政府信息公开工作年度报告专栏`,
      organizer: jurisdiction ? `${jurisdiction}人民政府办公室` : '',
      siteCode: '',
      icpRecord: '',
      policeRecord: '',
      visibleOrgTypes: [...LISTABLE_ORG_TYPES],
    };
  }

  /** The jurisdiction the site serves: the top of the org tree. */
  private rootOrg(): Promise<Org | null> {
    return this.dataSource
      .getRepository(Org)
      .findOne({ where: { parentId: IsNull() }, order: { id: 'ASC' } });
  }
}

function withoutKeys({ id: _id, updatedAt: _updatedAt, ...settings }: PublicSiteSettings): SiteSettings {
  return settings;
}
