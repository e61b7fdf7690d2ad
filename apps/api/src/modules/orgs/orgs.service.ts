import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { OrgType } from '@nianbao/workflow';
import { DataSource, IsNull, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Report } from '../reports/entities/report.entity';
import { User } from '../users/entities/user.entity';
import type { CreateOrgInput } from './dto/create-org.input';
import type { OrgImportOutput, OrgTreeNodeOutput } from './dto/org.output';
import type { UpdateOrgInput } from './dto/update-org.input';
import { Org } from './entities/org.entity';
import { childPath, orgTypeLabel, PARENT_TYPE, pathIds } from './org-hierarchy';
import { ORG_IMPORT_HEADER, orgImportTemplate } from './org-import-template';
import { OrgScopeService } from './org-scope.service';
import { OrgException } from './orgs.exception';

@Injectable()
export class OrgsService {
  constructor(
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
  ) {}

  /** Every org the user may see, parents before children, siblings in the order they were created. */
  async listVisible(user: AuthUser): Promise<Org[]> {
    const orgs = await this.scope.restrict(this.orgs.createQueryBuilder('org'), 'org.path', user).getMany();
    const depth = (org: Org) => pathIds(org.path).length;
    return orgs.sort((a, b) => depth(a) - depth(b) || a.id - b.id);
  }

  async tree(user: AuthUser): Promise<OrgTreeNodeOutput[]> {
    const nodes = new Map<number, OrgTreeNodeOutput>();
    const roots: OrgTreeNodeOutput[] = [];
    for (const org of await this.listVisible(user)) {
      const node: OrgTreeNodeOutput = { ...toOutput(org), children: [] };
      nodes.set(org.id, node);
      const parent = org.parentId === null ? undefined : nodes.get(org.parentId);
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  /** The org if the user may see it; otherwise 404 whether or not it exists. */
  async findVisible(user: AuthUser, id: number): Promise<Org> {
    const org = await this.orgs.findOneBy({ id });
    if (!org || !this.scope.canSee(user, org.path)) throw OrgException.notFound();
    return org;
  }

  async create(user: AuthUser, input: CreateOrgInput): Promise<Org> {
    const parent = await this.findVisible(user, input.parentId);
    this.requireAdmin(user, parent);
    return this.dataSource.transaction(async (manager) => {
      const org = await this.insertChild(manager, parent, input.name.trim(), input.type);
      await this.audit.record(
        {
          actor: user,
          action: 'org.create',
          entityType: 'org',
          entityId: org.id,
          orgPath: org.path,
          detail: { name: org.name, type: org.type },
        },
        manager,
      );
      return org;
    });
  }

  async rename(user: AuthUser, id: number, input: UpdateOrgInput): Promise<Org> {
    const org = await this.findVisible(user, id);
    this.requireAdmin(user, org);
    const name = input.name.trim();
    const clash = await this.orgs.findOneBy({
      parentId: org.parentId === null ? IsNull() : org.parentId,
      name,
    });
    if (clash && clash.id !== org.id) throw OrgException.duplicateName(name);
    const result = await this.orgs.update(
      { id, version: input.version },
      { name, version: input.version + 1 },
    );
    if (!result.affected) throw OrgException.stale();
    await this.audit.record({
      actor: user,
      action: 'org.rename',
      entityType: 'org',
      entityId: id,
      orgPath: org.path,
      detail: { from: org.name, to: name },
    });
    return { ...org, name, version: input.version + 1 };
  }

  async remove(user: AuthUser, id: number, version: number): Promise<void> {
    const org = await this.findVisible(user, id);
    this.requireAdmin(user, org);
    if (org.id === (await this.rootOf(user)).id) throw OrgException.inUse('是您所管理的最上级单位');
    if (await this.orgs.existsBy({ parentId: id })) throw OrgException.inUse('下面还有单位');
    if (await this.dataSource.getRepository(User).existsBy({ orgId: id }))
      throw OrgException.inUse('还有账号');
    if (await this.dataSource.getRepository(Report).existsBy({ orgId: id }))
      throw OrgException.inUse('已有报告');
    const result = await this.orgs.delete({ id, version });
    if (!result.affected) throw OrgException.stale();
    await this.audit.record({
      actor: user,
      action: 'org.delete',
      entityType: 'org',
      entityId: id,
      orgPath: org.path,
      detail: { name: org.name },
    });
  }

  /**
   * Bulk import of `名称, 类型, 上级单位` rows under the importer's org. All or nothing: any bad row rejects the
   * file with every problem listed by line. Rows naming an org that already exists under that parent are skipped,
   * so importing the same file twice changes nothing.
   */
  async importRows(
    user: AuthUser,
    rows: string[][],
    typeOf: (label: string) => OrgType | undefined,
  ): Promise<OrgImportOutput> {
    const root = await this.rootOf(user);
    if (!this.scope.isAdminOver(user, root.path)) throw OrgException.adminOnly();
    const body = rows[0] && rows[0][0] === ORG_IMPORT_HEADER[0] ? rows.slice(1) : rows;
    if (body.length === 0) throw OrgException.invalidImport(['文件中没有单位']);
    return this.dataSource.transaction(async (manager) => {
      const known = new Map<string, Org>();
      for (const org of await manager
        .getRepository(Org)
        .createQueryBuilder('org')
        .where('org.path LIKE :prefix', { prefix: `${root.path}%` })
        .getMany()) {
        known.set(org.name, org);
      }
      const problems: string[] = [];
      let created = 0;
      let skipped = 0;
      for (const [index, [name = '', typeLabel = '', parentName = '']] of body.entries()) {
        const line = index + (body === rows ? 1 : 2);
        const type = typeOf(typeLabel);
        const parent = parentName === '' ? root : known.get(parentName);
        if (!name) problems.push(`第 ${line} 行缺少单位名称`);
        else if (!type) problems.push(`第 ${line} 行的类型「${typeLabel}」无法识别`);
        else if (!parent) problems.push(`第 ${line} 行的上级单位「${parentName}」不存在`);
        else if (PARENT_TYPE[type] !== parent.type) {
          problems.push(
            `第 ${line} 行：${orgTypeLabel(type)}不能设在${orgTypeLabel(parent.type)}「${parent.name}」之下`,
          );
        } else if (known.get(name)?.parentId === parent.id) skipped += 1;
        else if (known.has(name)) problems.push(`第 ${line} 行：已有名为「${name}」的单位在别的上级下`);
        else {
          known.set(name, await this.insertChild(manager, parent, name, type));
          created += 1;
        }
      }
      if (problems.length > 0) throw OrgException.invalidImport(problems.slice(0, 20));
      await this.audit.record(
        {
          actor: user,
          action: 'org.import',
          entityType: 'org',
          entityId: root.id,
          orgPath: root.path,
          detail: { created, skipped },
        },
        manager,
      );
      return { created, skipped };
    });
  }

  async importTemplate(user: AuthUser): Promise<{ fileName: string; content: Uint8Array }> {
    const root = await this.rootOf(user);
    return { fileName: '机构导入模板.xlsx', content: await orgImportTemplate(root.name) };
  }

  private async rootOf(user: AuthUser): Promise<Org> {
    return this.orgs.findOneByOrFail({ id: user.orgId });
  }

  private requireAdmin(user: AuthUser, org: Org): void {
    if (!this.scope.isAdminOver(user, org.path)) throw OrgException.adminOnly();
  }

  private async insertChild(manager: EntityManager, parent: Org, name: string, type: OrgType): Promise<Org> {
    if (PARENT_TYPE[type] !== parent.type) {
      throw OrgException.invalidParent(`${orgTypeLabel(type)}不能设在${orgTypeLabel(parent.type)}之下。`);
    }
    const repository = manager.getRepository(Org);
    if (await repository.existsBy({ parentId: parent.id, name })) throw OrgException.duplicateName(name);
    const saved = await repository.save(
      repository.create({ name, type, parentId: parent.id, path: parent.path }),
    );
    saved.path = childPath(parent.path, saved.id);
    await repository.update({ id: saved.id }, { path: saved.path });
    return saved;
  }
}

export function toOutput(org: Org) {
  return { id: org.id, name: org.name, type: org.type, parentId: org.parentId, version: org.version };
}
