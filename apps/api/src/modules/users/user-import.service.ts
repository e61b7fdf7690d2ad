import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@nianbao/workflow';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { OrgException } from '../orgs/orgs.exception';
import type { UserImportOutput } from './dto/user-import.output';
import { User } from './entities/user.entity';
import { ROLE_BY_LABEL, USER_IMPORT_HEADER, userImportTemplate } from './user-import-template';

const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;
/** Hashing a password takes ~60 ms: a bigger list belongs in several files. */
const MAX_ROWS = 500;
/** The error message lists this many problems at most. */
const MAX_PROBLEMS = 20;

interface NewUser {
  username: string;
  displayName: string;
  org: Org;
  roles: Role[];
  password: string;
}

/**
 * Bulk creation of accounts from `用户名, 姓名, 单位, 角色, 初始密码` rows, in the orgs the importer administers. All
 * or nothing: any bad row rejects the file with every problem listed by line. A username that already exists in
 * the same org is skipped, so importing the same file twice changes nothing.
 */
@Injectable()
export class UserImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
    private readonly config: ConfigVariables,
  ) {}

  /** The blank list, its example row in the importer's own org. */
  async template(actor: AuthUser): Promise<Uint8Array> {
    const org = await this.dataSource.getRepository(Org).findOneByOrFail({ id: actor.orgId });
    return userImportTemplate(org.name);
  }

  async importRows(actor: AuthUser, rows: string[][]): Promise<UserImportOutput> {
    if (!this.scope.isAdminOver(actor, actor.orgPath)) throw OrgException.adminOnly();
    const [header, ...body] = rows;
    if (!header || USER_IMPORT_HEADER.some((column, index) => header[index] !== column)) {
      throw OrgException.invalidImport([`第 1 行须为表头：${USER_IMPORT_HEADER.join('，')}`]);
    }
    if (body.length === 0) throw OrgException.invalidImport(['文件中没有用户']);
    if (body.length > MAX_ROWS) {
      throw OrgException.invalidImport([`一次最多导入 ${MAX_ROWS} 个用户，文件中有 ${body.length} 个`]);
    }
    const { accepted, skipped } = await this.check(actor, body);
    const users = await Promise.all(
      accepted.map(async (row) => ({
        username: row.username,
        displayName: row.displayName,
        orgId: row.org.id,
        roles: row.roles,
        passwordHash: await hashPassword(row.password),
        mustChangePassword: !this.config.DEMO_MODE,
      })),
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        if (users.length > 0) await manager.getRepository(User).insert(users);
        await this.audit.record(
          {
            actor,
            action: 'user.import',
            entityType: 'org',
            entityId: actor.orgId,
            orgPath: actor.orgPath,
            detail: { created: users.map((user) => user.username), skipped },
          },
          manager,
        );
      });
    } catch (error) {
      // Someone created one of these usernames since the check (a second click, another admin).
      if (error instanceof QueryFailedError && /duplicate|unique/i.test(error.message)) {
        throw OrgException.invalidImport(['文件中的部分用户名刚被他人创建，请刷新后重新导入']);
      }
      throw error;
    }
    return { created: users.length, skipped };
  }

  /** Every row checked against the orgs the importer administers and the accounts that exist. */
  private async check(actor: AuthUser, body: string[][]): Promise<{ accepted: NewUser[]; skipped: number }> {
    const orgs = await this.scope
      .restrict(this.dataSource.getRepository(Org).createQueryBuilder('org'), 'org.path', actor)
      .getMany();
    const orgsByName = new Map<string, Org[]>();
    for (const org of orgs.filter((candidate) => this.scope.isAdminOver(actor, candidate.path))) {
      orgsByName.set(org.name, [...(orgsByName.get(org.name) ?? []), org]);
    }
    const existing = new Map(
      (
        await this.dataSource
          .getRepository(User)
          .findBy({ username: In(body.map(([username = '']) => username)) })
      ).map((user) => [user.username, user]),
    );
    const problems: string[] = [];
    const accepted: NewUser[] = [];
    const seen = new Set<string>();
    let skipped = 0;
    body.forEach(([username = '', displayName = '', orgName = '', roleText = '', password = ''], index) => {
      const line = `第 ${index + 2} 行`;
      const rowProblems: string[] = [];
      if (!USERNAME.test(username)) rowProblems.push('用户名须为 2–64 位字母、数字、下划线、点或连字符');
      else if (seen.has(username)) rowProblems.push(`用户名「${username}」在文件中重复`);
      seen.add(username);
      if (!displayName) rowProblems.push('缺少姓名');
      else if (displayName.length > 100) rowProblems.push('姓名超过 100 个字');
      const candidates = orgsByName.get(orgName) ?? [];
      if (!orgName) rowProblems.push('缺少单位');
      else if (candidates.length === 0) rowProblems.push(`找不到单位「${orgName}」（或不在您管理的范围内）`);
      else if (candidates.length > 1) rowProblems.push(`有多个名为「${orgName}」的单位，无法确定是哪一个`);
      const labels = roleText.split(/[、;；,，\s]+/).filter(Boolean);
      if (labels.length === 0) rowProblems.push('缺少角色');
      for (const label of labels.filter((candidate) => !ROLE_BY_LABEL.has(candidate))) {
        rowProblems.push(`未知角色「${label}」（可用：${[...ROLE_BY_LABEL.keys()].join('、')}）`);
      }
      if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
        rowProblems.push(`初始密码须为 ${MIN_PASSWORD_LENGTH}–200 位`);
      }
      const current = existing.get(username);
      if (rowProblems.length > 0) problems.push(`${line}：${rowProblems.join('，')}`);
      else if (current?.orgId === candidates[0].id) skipped += 1;
      else if (current) problems.push(`${line}：用户名「${username}」已被使用`);
      else {
        const roles = [...new Set(labels.map((label) => ROLE_BY_LABEL.get(label)!))];
        accepted.push({ username, displayName, org: candidates[0], roles, password });
      }
    });
    if (problems.length > MAX_PROBLEMS) {
      problems.splice(MAX_PROBLEMS, problems.length, `另有 ${problems.length - MAX_PROBLEMS} 行有问题`);
    }
    if (problems.length > 0) throw OrgException.invalidImport(problems);
    return { accepted, skipped };
  }
}
