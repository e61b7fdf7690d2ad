import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { OrgException } from '../orgs/orgs.exception';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateUserInput } from './dto/update-user.input';
import type { UserOutput } from './dto/user.output';
import { User } from './entities/user.entity';
import { UserException } from './users.exception';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    private readonly scope: OrgScopeService,
    private readonly audit: AuditService,
    private readonly config: ConfigVariables,
  ) {}

  /** Accounts of the orgs the reader may see. */
  async list(reader: AuthUser): Promise<UserOutput[]> {
    const builder = this.users
      .createQueryBuilder('user')
      .innerJoin(Org, 'org', 'org.id = user.orgId')
      .orderBy('user.id');
    return (await this.scope.restrict(builder, 'org.path', reader).getMany()).map(toOutput);
  }

  async get(reader: AuthUser, id: number): Promise<UserOutput> {
    const { user } = await this.findVisible(reader, id);
    return toOutput(user);
  }

  async create(actor: AuthUser, input: CreateUserInput): Promise<UserOutput> {
    const org = await this.orgForAdmin(actor, input.orgId);
    if (input.password.length < MIN_PASSWORD_LENGTH) throw UserException.weakPassword();
    if (await this.users.existsBy({ username: input.username }))
      throw UserException.usernameTaken(input.username);
    const user = await this.users.save(
      this.users.create({
        username: input.username,
        displayName: input.displayName.trim(),
        orgId: org.id,
        roles: input.roles,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: !this.config.DEMO_MODE,
      }),
    );
    await this.audit.record({
      actor,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      orgPath: org.path,
      detail: { username: user.username, roles: user.roles },
    });
    return toOutput(user);
  }

  async update(actor: AuthUser, id: number, input: UpdateUserInput): Promise<UserOutput> {
    const { user, org: currentOrg } = await this.findVisible(actor, id);
    if (!this.scope.isAdminOver(actor, currentOrg.path)) throw OrgException.adminOnly();
    const org = await this.orgForAdmin(actor, input.orgId);
    if (user.id === actor.id && (!input.isActive || !input.roles.includes('admin')))
      throw UserException.cannotDemoteSelf();
    const changes = {
      displayName: input.displayName.trim(),
      orgId: org.id,
      roles: input.roles,
      isActive: input.isActive,
      version: input.version + 1,
    };
    const result = await this.users.update({ id, version: input.version }, changes);
    if (!result.affected) throw UserException.stale();
    await this.audit.record({
      actor,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      orgPath: org.path,
      detail: { roles: input.roles, orgId: org.id, isActive: input.isActive },
    });
    return toOutput({ ...user, ...changes });
  }

  private async findVisible(reader: AuthUser, id: number): Promise<{ user: User; org: Org }> {
    const user = await this.users.findOneBy({ id });
    const org = user ? await this.orgs.findOneBy({ id: user.orgId }) : null;
    if (!user || !org || !this.scope.canSee(reader, org.path)) throw UserException.notFound();
    return { user, org };
  }

  private async orgForAdmin(actor: AuthUser, orgId: number): Promise<Org> {
    const org = await this.orgs.findOneBy({ id: orgId });
    if (!org || !this.scope.canSee(actor, org.path)) throw OrgException.notFound();
    if (!this.scope.isAdminOver(actor, org.path)) throw OrgException.adminOnly();
    return org;
  }
}

function toOutput(user: User): UserOutput {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    roles: user.roles,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    version: user.version,
  };
}
