import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { Org } from '../../orgs/entities/org.entity';
import { pathIds } from '../../orgs/org-hierarchy';
import { OrgScopeService } from '../../orgs/org-scope.service';
import { SecretBoxProvider } from '../crypto/secret-box.provider';
import type { WorkAppConfigInput } from '../dto/work-app-config.input';
import type { WorkAppConfigOutput } from '../dto/work-app-config.output';
import { WorkAppConfig } from '../entities/work-app-config.entity';
import { WorkAppErrorCode, WorkAppException } from '../work-app.exception';
import type { WorkAppSettings } from './work-app-settings';

const SEALED_FIELDS = {
  secret: 'secretSealed',
  callbackToken: 'callbackTokenSealed',
  encodingAesKey: 'encodingAesKeySealed',
} as const;

/** Reads and writes each city's work-app configuration; secrets are sealed before they reach the database. */
@Injectable()
export class WorkAppConfigService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: SecretBoxProvider,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
  ) {}

  async describe(actor: AuthUser, orgId: number): Promise<WorkAppConfigOutput> {
    const city = await this.cityFor(actor, orgId);
    const stored = await this.configs.findOneBy({ orgId: city.id });
    return describe(city.id, stored);
  }

  async save(actor: AuthUser, orgId: number, input: WorkAppConfigInput): Promise<WorkAppConfigOutput> {
    const city = await this.cityFor(actor, orgId);
    if (!this.scope.isAdminOver(actor, city.path)) throw new WorkAppException(WorkAppErrorCode.ADMIN_ONLY);
    if (input.encodingAesKey && !/^[A-Za-z0-9+/]{43}$/.test(input.encodingAesKey))
      throw new WorkAppException(WorkAppErrorCode.INVALID_AES_KEY);
    const box = this.secrets.get();
    const existing = await this.configs.findOneBy({ orgId: city.id });
    if (existing && input.version !== existing.version)
      throw new WorkAppException(WorkAppErrorCode.STALE_CONFIG);
    if (!existing && !(input.secret && input.callbackToken && input.encodingAesKey))
      throw new WorkAppException(WorkAppErrorCode.SECRETS_REQUIRED);
    const plain = {
      platform: input.platform,
      isEnabled: input.isEnabled,
      corpId: input.corpId,
      agentId: input.agentId,
      apiBaseUrl: trimSlash(input.apiBaseUrl),
      oauthBaseUrl: trimSlash(input.oauthBaseUrl),
      h5Url: input.h5Url.endsWith('/') ? input.h5Url : `${input.h5Url}/`,
      levels: input.levels,
      updatedAt: new Date(),
      updatedById: actor.id,
    };
    // The row id is part of each sealed value's context, so a new row is written first, then its secrets.
    const row =
      existing ??
      (await this.configs.save(
        this.configs.create({
          ...plain,
          orgId: city.id,
          secretSealed: '',
          callbackTokenSealed: '',
          encodingAesKeySealed: '',
        }),
      ));
    const sealed: Partial<WorkAppConfig> = {};
    for (const [field, column] of Object.entries(SEALED_FIELDS) as [keyof typeof SEALED_FIELDS, string][]) {
      const value = input[field];
      if (value) Object.assign(sealed, { [column]: box.seal(value, sealContext(row.id, field)) });
    }
    const updated = await this.configs
      .createQueryBuilder()
      .update(WorkAppConfig)
      .set({ ...plain, ...sealed, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: row.id, version: row.version })
      .execute();
    if (!updated.affected) throw new WorkAppException(WorkAppErrorCode.STALE_CONFIG);
    await this.audit.record({
      actor,
      action: 'work_app.configure',
      entityType: 'org',
      entityId: city.id,
      orgPath: city.path,
      detail: {
        isEnabled: input.isEnabled,
        corpId: input.corpId,
        agentId: input.agentId,
        levels: input.levels,
      },
    });
    return describe(city.id, await this.configs.findOneByOrFail({ id: row.id }));
  }

  /** The opened settings of one configuration, or null when there is none. */
  async settings(id: number): Promise<WorkAppSettings | null> {
    const stored = await this.configs.findOneBy({ id });
    return stored ? this.open(stored) : null;
  }

  /** The enabled configuration of the city above an org (by its path), or null. */
  async settingsForPath(orgPath: string): Promise<WorkAppSettings | null> {
    const ids = pathIds(orgPath);
    const cities = await this.dataSource.getRepository(Org).findBy({ id: In(ids), type: 'city' });
    if (cities.length === 0) return null;
    const stored = await this.configs.findOneBy({
      orgId: In(cities.map((city) => city.id)),
      isEnabled: true,
    });
    return stored ? this.open(stored) : null;
  }

  private open(stored: WorkAppConfig): WorkAppSettings {
    const box = this.secrets.get();
    return {
      id: stored.id,
      orgId: stored.orgId,
      isEnabled: stored.isEnabled,
      corpId: stored.corpId,
      agentId: stored.agentId,
      apiBaseUrl: stored.apiBaseUrl,
      oauthBaseUrl: stored.oauthBaseUrl,
      h5Url: stored.h5Url,
      secret: box.open(stored.secretSealed, sealContext(stored.id, 'secret')),
      callbackToken: box.open(stored.callbackTokenSealed, sealContext(stored.id, 'callbackToken')),
      encodingAesKey: box.open(stored.encodingAesKeySealed, sealContext(stored.id, 'encodingAesKey')),
      levels: stored.levels,
    };
  }

  /** The city org, if the actor sees it; 404 outside their view, as for one that does not exist. */
  private async cityFor(actor: AuthUser, orgId: number): Promise<Org> {
    const org = await this.dataSource.getRepository(Org).findOneBy({ id: orgId });
    if (!org || !this.scope.canSee(actor, org.path))
      throw new WorkAppException(WorkAppErrorCode.ORG_NOT_FOUND);
    if (org.type !== 'city') throw new WorkAppException(WorkAppErrorCode.NOT_A_CITY);
    return org;
  }

  private get configs() {
    return this.dataSource.getRepository(WorkAppConfig);
  }
}

function sealContext(id: number, field: string): string {
  return `work_app_configs:${id}:${field}`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function describe(orgId: number, stored: WorkAppConfig | null): WorkAppConfigOutput {
  if (!stored)
    return {
      orgId,
      isConfigured: false,
      platform: 'wxwork',
      isEnabled: false,
      corpId: '',
      agentId: '',
      apiBaseUrl: 'https://qyapi.weixin.qq.com',
      oauthBaseUrl: 'https://open.weixin.qq.com',
      h5Url: '',
      levels: ['unit', 'district', 'city'],
      hasSecret: false,
      hasCallbackToken: false,
      hasEncodingAesKey: false,
      callbackPath: null,
      homeUrl: null,
      version: null,
      updatedAt: null,
    };
  return {
    orgId,
    isConfigured: true,
    platform: stored.platform,
    isEnabled: stored.isEnabled,
    corpId: stored.corpId,
    agentId: stored.agentId,
    apiBaseUrl: stored.apiBaseUrl,
    oauthBaseUrl: stored.oauthBaseUrl,
    h5Url: stored.h5Url,
    levels: stored.levels,
    hasSecret: Boolean(stored.secretSealed),
    hasCallbackToken: Boolean(stored.callbackTokenSealed),
    hasEncodingAesKey: Boolean(stored.encodingAesKeySealed),
    callbackPath: `/api/work-app/callback/${stored.id}`,
    homeUrl: `${stored.h5Url}?workapp=${stored.id}`,
    version: stored.version,
    updatedAt: stored.updatedAt,
  };
}
