import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { Org } from '../../orgs/entities/org.entity';
import { OrgScopeService } from '../../orgs/org-scope.service';
import { OrgException } from '../../orgs/orgs.exception';
import { User } from '../../users/entities/user.entity';
import type { UserImportOutput } from '../../users/dto/user-import.output';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppException } from '../work-app.exception';
import { BINDING_IMPORT_HEADER, bindingImportTemplate } from './binding-import-template';
import { WorkAppBindingsService } from './work-app-bindings.service';

/** A 企业微信 UserID: 1–64 letters, digits, `_`, `-`, `.`, `@`. */
const WORK_USER_ID = /^[A-Za-z0-9_.@-]{1,64}$/;
const MAX_ROWS = 2000;
const MAX_PROBLEMS = 20;

interface Pairing {
  user: User;
  configId: number;
  workUserId: string;
}

/**
 * Binds many users at once from `用户名, 企业微信/政务微信账号` rows (what an administrator copies out of the work app's
 * 通讯录 export). All or nothing, like the user import: any bad row rejects the file with every problem by line.
 */
@Injectable()
export class BindingImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly bindings: WorkAppBindingsService,
    private readonly audit: AuditService,
  ) {}

  async template(actor: AuthUser): Promise<Uint8Array> {
    return bindingImportTemplate(actor.username);
  }

  async importRows(actor: AuthUser, rows: string[][]): Promise<UserImportOutput> {
    if (!this.scope.isAdminOver(actor, actor.orgPath)) throw OrgException.adminOnly();
    const [header, ...body] = rows;
    if (!header || BINDING_IMPORT_HEADER.some((column, index) => header[index] !== column))
      throw OrgException.invalidImport([`第 1 行须为表头：${BINDING_IMPORT_HEADER.join('，')}`]);
    if (body.length === 0) throw OrgException.invalidImport(['文件中没有账号']);
    if (body.length > MAX_ROWS)
      throw OrgException.invalidImport([`一次最多导入 ${MAX_ROWS} 行，文件中有 ${body.length} 行`]);
    const { pairings, skipped } = await this.check(actor, body);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(WorkAppBinding);
      await repository.delete({ userId: In(pairings.map((pairing) => pairing.user.id)) });
      if (pairings.length)
        await repository.insert(
          pairings.map(({ user, configId, workUserId }) => ({
            configId,
            userId: user.id,
            workUserId,
            boundAt: new Date(),
          })),
        );
      await this.audit.record(
        {
          actor,
          action: 'user.work_app_bind_import',
          entityType: 'org',
          entityId: actor.orgId,
          orgPath: actor.orgPath,
          detail: { bound: pairings.map(({ user, workUserId }) => [user.username, workUserId]), skipped },
        },
        manager,
      );
    });
    return { created: pairings.length, skipped };
  }

  private async check(actor: AuthUser, body: string[][]): Promise<{ pairings: Pairing[]; skipped: number }> {
    const usernames = body.map(([username = '']) => username);
    const users = new Map(
      (await this.dataSource.getRepository(User).findBy({ username: In(usernames) })).map((user) => [
        user.username,
        user,
      ]),
    );
    const orgs = new Map(
      (
        await this.dataSource
          .getRepository(Org)
          .findBy({ id: In([...new Set([...users.values()].map((user) => user.orgId))]) })
      ).map((org) => [org.id, org]),
    );
    const userIdsInFile = new Set([...users.values()].map((user) => user.id));
    const existing = await this.dataSource.getRepository(WorkAppBinding).find();
    const configIdByPath = new Map<string, number | null>();
    const configIdOf = async (org: Org) => {
      if (!configIdByPath.has(org.path))
        configIdByPath.set(
          org.path,
          await this.bindings.configForPath(org.path).then(
            (config) => config.id,
            (error: unknown) => {
              if (error instanceof WorkAppException) return null;
              throw error;
            },
          ),
        );
      return configIdByPath.get(org.path) ?? null;
    };

    const problems: string[] = [];
    const pairings: Pairing[] = [];
    const seenUsers = new Set<string>();
    const seenAccounts = new Set<string>();
    let skipped = 0;
    for (const [index, [username = '', workUserId = '']] of body.entries()) {
      const line = `第 ${index + 2} 行`;
      const user = users.get(username);
      const org = user ? orgs.get(user.orgId) : undefined;
      const configId = org && this.scope.isAdminOver(actor, org.path) ? await configIdOf(org) : null;
      const rowProblems: string[] = [];
      if (!username) rowProblems.push('缺少用户名');
      else if (!user || !org || !this.scope.isAdminOver(actor, org.path))
        rowProblems.push(`找不到用户「${username}」（或不在您管理的范围内）`);
      else if (configId === null) rowProblems.push(`「${org.name}」所在的市尚未配置企业微信/政务微信`);
      else if (seenUsers.has(username)) rowProblems.push(`用户「${username}」在文件中重复`);
      if (!WORK_USER_ID.test(workUserId))
        rowProblems.push('企业微信/政务微信账号须为通讯录中的“账号”（1–64 位字母、数字、_ - . @）');
      else if (seenAccounts.has(`${configId}:${workUserId}`))
        rowProblems.push(`账号「${workUserId}」在文件中重复`);
      seenUsers.add(username);
      seenAccounts.add(`${configId}:${workUserId}`);
      if (rowProblems.length || !user || configId === null) {
        problems.push(`${line}：${rowProblems.join('，')}`);
        continue;
      }
      const holder = existing.find(
        (binding) => binding.configId === configId && binding.workUserId === workUserId,
      );
      if (holder?.userId === user.id) skipped += 1;
      // The account may move from a user whose own row in this file gives them another one.
      else if (holder && !userIdsInFile.has(holder.userId))
        problems.push(`${line}：账号「${workUserId}」已绑定其他用户，请先解除原绑定`);
      else pairings.push({ user, configId, workUserId });
    }
    if (problems.length > MAX_PROBLEMS)
      problems.splice(MAX_PROBLEMS, problems.length, `另有 ${problems.length - MAX_PROBLEMS} 行有问题`);
    if (problems.length) throw OrgException.invalidImport(problems);
    return { pairings, skipped };
  }
}
