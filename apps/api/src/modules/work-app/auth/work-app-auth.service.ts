import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { ConfigVariables } from '../../../config/config-variables';
import { AuthService } from '../../auth/auth.service';
import { AuditService } from '../../audit/audit.service';
import { Org } from '../../orgs/entities/org.entity';
import { User } from '../../users/entities/user.entity';
import { WechatBindingCode } from '../../wechat/entities/wechat-binding-code.entity';
import { hashCode } from '../../wechat/wechat.service';
import { WorkAppBindingsService } from '../bindings/work-app-bindings.service';
import { WorkAppApiError } from '../client/work-app-api-error';
import { WorkAppClient } from '../client/work-app.client';
import { WorkAppConfigService } from '../config/work-app-config.service';
import type { WorkAppSettings } from '../config/work-app-settings';
import type { WorkAppLoginOutput } from '../dto/work-app-login.dto';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppErrorCode, WorkAppException } from '../work-app.exception';
import { issueTicket, readTicket } from './binding-ticket';

/**
 * Sign-in of the H5 app opened inside the work app: OAuth2 snsapi_base → the work-app userid → the bound user.
 * An unbound account binds once with the one-time code an administrator issues (the same codes as for WeChat).
 */
@Injectable()
export class WorkAppAuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly configs: WorkAppConfigService,
    private readonly client: WorkAppClient,
    private readonly bindings: WorkAppBindingsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly config: ConfigVariables,
  ) {}

  /** The authorize URL; the redirect must be this city's H5 app, so the code never leaves for another site. */
  async authorizeUrl(configId: number, redirectUri: string): Promise<string> {
    const settings = await this.enabled(configId);
    const target = redirectUri.startsWith(settings.h5Url)
      ? redirectUri
      : `${settings.h5Url}?workapp=${settings.id}`;
    const query = new URLSearchParams({
      appid: settings.corpId,
      redirect_uri: target,
      response_type: 'code',
      scope: 'snsapi_base',
      state: `workapp${settings.id}`,
      agentid: settings.agentId,
    });
    return `${settings.oauthBaseUrl}/connect/oauth2/authorize?${query.toString()}#wechat_redirect`;
  }

  async login(configId: number, code: string): Promise<WorkAppLoginOutput> {
    const settings = await this.enabled(configId);
    const workUserId = await this.userIdFor(settings, code);
    const binding = await this.dataSource
      .getRepository(WorkAppBinding)
      .findOneBy({ configId: settings.id, workUserId });
    const user = binding
      ? await this.dataSource.getRepository(User).findOneBy({ id: binding.userId, isActive: true })
      : null;
    if (!user)
      return {
        needsBinding: true,
        tokens: null,
        bindingTicket: issueTicket(this.config.JWT_SECRET, { configId: settings.id, workUserId }),
      };
    await this.record(user, 'auth.work_app_login');
    return { needsBinding: false, tokens: await this.auth.issueTokens(user), bindingTicket: null };
  }

  /** Spends the binding code (once, in one conditional UPDATE) and binds the ticket's account to its user. */
  async bind(ticketValue: string, bindingCode: string): Promise<WorkAppLoginOutput> {
    const ticket = readTicket(this.config.JWT_SECRET, ticketValue);
    if (!ticket) throw new WorkAppException(WorkAppErrorCode.INVALID_BINDING_TICKET);
    const settings = await this.enabled(ticket.configId);
    const codes = this.dataSource.getRepository(WechatBindingCode);
    const issued = await codes.findOneBy({
      codeHash: hashCode(bindingCode),
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    const user = issued
      ? await this.dataSource.getRepository(User).findOneBy({ id: issued.userId, isActive: true })
      : null;
    if (!issued || !user) throw new WorkAppException(WorkAppErrorCode.INVALID_BINDING_CODE);
    const org = await this.dataSource.getRepository(Org).findOneByOrFail({ id: user.orgId });
    if ((await this.bindings.configForPath(org.path)).id !== settings.id)
      throw new WorkAppException(WorkAppErrorCode.OUTSIDE_CITY);
    const spent = await codes.update({ id: issued.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!spent.affected) throw new WorkAppException(WorkAppErrorCode.INVALID_BINDING_CODE);
    await this.bindings.bind(settings.id, user.id, ticket.workUserId);
    await this.record(user, 'auth.work_app_bind');
    return { needsBinding: false, tokens: await this.auth.issueTokens(user), bindingTicket: null };
  }

  private async userIdFor(settings: WorkAppSettings, code: string): Promise<string> {
    try {
      const answer = await this.client.get(settings, '/cgi-bin/auth/getuserinfo', { code });
      // Members of the corp get `userid` (older servers: `UserId`); outsiders only an openid, which we do not bind.
      const userId = answer.userid ?? answer.UserId;
      if (typeof userId !== 'string' || !userId)
        throw new WorkAppException(WorkAppErrorCode.INVALID_WORK_APP_CODE);
      return userId;
    } catch (error) {
      if (error instanceof WorkAppApiError)
        throw new WorkAppException(
          error.isRetryable || error.errcode === null
            ? WorkAppErrorCode.WORK_APP_UNAVAILABLE
            : WorkAppErrorCode.INVALID_WORK_APP_CODE,
        );
      throw error;
    }
  }

  private async enabled(configId: number): Promise<WorkAppSettings> {
    const settings = await this.configs.settings(configId);
    if (!settings || !settings.isEnabled) throw new WorkAppException(WorkAppErrorCode.WORK_APP_DISABLED);
    return settings;
  }

  private async record(user: User, action: string): Promise<void> {
    const org = await this.dataSource.getRepository(Org).findOneByOrFail({ id: user.orgId });
    await this.audit.record({
      actor: user,
      action,
      entityType: 'user',
      entityId: user.id,
      orgPath: org.path,
    });
  }
}
