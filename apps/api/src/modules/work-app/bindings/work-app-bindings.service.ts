import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { Org } from '../../orgs/entities/org.entity';
import { pathIds } from '../../orgs/org-hierarchy';
import { OrgScopeService } from '../../orgs/org-scope.service';
import { User } from '../../users/entities/user.entity';
import type { WorkAppBindingOutput } from '../dto/work-app-binding.dto';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppConfig } from '../entities/work-app-config.entity';
import { WorkAppErrorCode, WorkAppException } from '../work-app.exception';

/** Binds users to their accounts in their city's work app: by an administrator, or by the user with a code. */
@Injectable()
export class WorkAppBindingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
  ) {}

  async describe(actor: AuthUser, userId: number): Promise<WorkAppBindingOutput> {
    await this.visibleUser(actor, userId);
    const binding = await this.bindings.findOneBy({ userId });
    return { isBound: Boolean(binding), workUserId: binding?.workUserId ?? null };
  }

  async bindByAdmin(actor: AuthUser, userId: number, workUserId: string): Promise<WorkAppBindingOutput> {
    const { user, org } = await this.visibleUser(actor, userId);
    if (!this.scope.isAdminOver(actor, org.path)) throw new WorkAppException(WorkAppErrorCode.ADMIN_ONLY);
    const config = await this.configForPath(org.path);
    await this.bind(config.id, user.id, workUserId);
    await this.audit.record({
      actor,
      action: 'user.work_app_bind',
      entityType: 'user',
      entityId: user.id,
      orgPath: org.path,
      detail: { workUserId },
    });
    return { isBound: true, workUserId };
  }

  async unbindByAdmin(actor: AuthUser, userId: number): Promise<WorkAppBindingOutput> {
    const { org } = await this.visibleUser(actor, userId);
    if (!this.scope.isAdminOver(actor, org.path)) throw new WorkAppException(WorkAppErrorCode.ADMIN_ONLY);
    await this.bindings.delete({ userId });
    await this.audit.record({
      actor,
      action: 'user.work_app_unbind',
      entityType: 'user',
      entityId: userId,
      orgPath: org.path,
    });
    return { isBound: false, workUserId: null };
  }

  /** One account per user, one user per account: a new account replaces the user's old one. */
  async bind(configId: number, userId: number, workUserId: string): Promise<void> {
    const taken = await this.bindings.findOneBy({ configId, workUserId });
    if (taken && taken.userId !== userId) throw new WorkAppException(WorkAppErrorCode.ACCOUNT_ALREADY_BOUND);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(WorkAppBinding).delete({ userId });
      try {
        await manager
          .getRepository(WorkAppBinding)
          .insert({ configId, userId, workUserId, boundAt: new Date() });
      } catch (error) {
        if (error instanceof QueryFailedError && /duplicate|unique/i.test(error.message))
          throw new WorkAppException(WorkAppErrorCode.ACCOUNT_ALREADY_BOUND);
        throw error;
      }
    });
  }

  /** The configuration of the city above an org, enabled or not (accounts may be bound before switching on). */
  async configForPath(orgPath: string): Promise<WorkAppConfig> {
    const cities = await this.dataSource
      .getRepository(Org)
      .findBy({ id: In(pathIds(orgPath)), type: 'city' });
    const config = cities.length
      ? await this.dataSource
          .getRepository(WorkAppConfig)
          .findOneBy({ orgId: In(cities.map((city) => city.id)) })
      : null;
    if (!config) throw new WorkAppException(WorkAppErrorCode.WORK_APP_CONFIG_NOT_FOUND);
    return config;
  }

  private async visibleUser(actor: AuthUser, userId: number): Promise<{ user: User; org: Org }> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    const org = user ? await this.dataSource.getRepository(Org).findOneBy({ id: user.orgId }) : null;
    if (!user || !org || !this.scope.canSee(actor, org.path))
      throw new WorkAppException(WorkAppErrorCode.USER_NOT_FOUND);
    return { user, org };
  }

  private get bindings() {
    return this.dataSource.getRepository(WorkAppBinding);
  }
}
