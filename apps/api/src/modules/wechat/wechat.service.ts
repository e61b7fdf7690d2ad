import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { OrgScopeService } from '../orgs/org-scope.service';
import { User } from '../users/entities/user.entity';
import { Code2SessionClient } from './code2session.client';
import type { WechatBindingCodeOutput, WechatLoginOutput } from './dto/wechat-login.output';
import { WechatBindingCode } from './entities/wechat-binding-code.entity';
import { WechatBinding } from './entities/wechat-binding.entity';
import { WechatErrorCode, WechatException } from './wechat.exception';

/** Unambiguous characters only (no 0/O, 1/I/L): the code is read off a screen and typed on a phone. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
const CODE_TTL_MS = 24 * 3600 * 1000;

export function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}

/** Login by WeChat: openid → bound user → tokens; unbound accounts bind once with an administrator's code. */
@Injectable()
export class WechatService {
  constructor(
    @InjectRepository(WechatBinding) private readonly bindings: Repository<WechatBinding>,
    @InjectRepository(WechatBindingCode) private readonly codes: Repository<WechatBindingCode>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    private readonly dataSource: DataSource,
    private readonly code2Session: Code2SessionClient,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly scope: OrgScopeService,
  ) {}

  async login(code: string): Promise<WechatLoginOutput> {
    const openid = await this.code2Session.openidFor(code);
    const binding = await this.bindings.findOneBy({ openid });
    const user = binding ? await this.users.findOneBy({ id: binding.userId, isActive: true }) : null;
    if (!user) return { needsBinding: true, tokens: null };
    await this.recordLogin(user, 'auth.wechat_login');
    return { needsBinding: false, tokens: await this.auth.issueTokens(user) };
  }

  /** Spends the binding code and binds this WeChat account to its user, in one transaction. */
  async bind(code: string, bindingCode: string): Promise<WechatLoginOutput> {
    const openid = await this.code2Session.openidFor(code);
    const user = await this.dataSource.transaction(async (manager) => {
      const issued = await manager.getRepository(WechatBindingCode).findOneBy({
        codeHash: hashCode(bindingCode),
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      });
      if (!issued) throw new WechatException(WechatErrorCode.INVALID_BINDING_CODE);
      const spent = await manager
        .getRepository(WechatBindingCode)
        .update({ id: issued.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!spent.affected) throw new WechatException(WechatErrorCode.INVALID_BINDING_CODE);
      const owner = await manager.getRepository(User).findOneBy({ id: issued.userId, isActive: true });
      if (!owner) throw new WechatException(WechatErrorCode.INVALID_BINDING_CODE);
      const bindings = manager.getRepository(WechatBinding);
      const existing = await bindings.findOneBy({ openid });
      if (existing && existing.userId !== owner.id)
        throw new WechatException(WechatErrorCode.WECHAT_ALREADY_BOUND);
      // A user has one WeChat account: binding a new phone replaces the old binding.
      await bindings.delete({ userId: owner.id });
      await bindings.insert({ userId: owner.id, openid, boundAt: new Date() });
      return owner;
    });
    await this.recordLogin(user, 'auth.wechat_bind');
    return { needsBinding: false, tokens: await this.auth.issueTokens(user) };
  }

  async isBound(user: AuthUser): Promise<boolean> {
    return (await this.bindings.countBy({ userId: user.id })) > 0;
  }

  async unbind(user: AuthUser): Promise<void> {
    await this.bindings.delete({ userId: user.id });
    await this.audit.record({
      actor: user,
      action: 'auth.wechat_unbind',
      entityType: 'user',
      entityId: user.id,
      orgPath: user.orgPath,
    });
  }

  /** A new one-time code for a user; earlier unused codes of theirs stop working. */
  async issueBindingCode(actor: AuthUser, userId: number): Promise<WechatBindingCodeOutput> {
    const user = await this.users.findOneBy({ id: userId });
    const org = user ? await this.orgs.findOneBy({ id: user.orgId }) : null;
    // Outside the actor's view the account answers as if it did not exist (no existence leak).
    if (!user || !org || !this.scope.canSee(actor, org.path))
      throw new WechatException(WechatErrorCode.USER_NOT_FOUND);
    if (!this.scope.isAdminOver(actor, org.path)) throw new WechatException(WechatErrorCode.ADMIN_ONLY);
    const bindingCode = Array.from(
      { length: CODE_LENGTH },
      () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
    ).join('');
    const expiresAt = new Date(Date.now() + CODE_TTL_MS);
    await this.codes.update({ userId, usedAt: IsNull() }, { expiresAt: new Date() });
    await this.codes.insert({
      codeHash: hashCode(bindingCode),
      userId,
      issuedById: actor.id,
      expiresAt,
      usedAt: null,
    });
    await this.audit.record({
      actor,
      action: 'user.wechat_binding_code',
      entityType: 'user',
      entityId: userId,
      orgPath: org.path,
    });
    return { bindingCode, expiresAt };
  }

  private async recordLogin(user: User, action: string): Promise<void> {
    const org = await this.orgs.findOneByOrFail({ id: user.orgId });
    await this.audit.record({
      actor: user,
      action,
      entityType: 'user',
      entityId: user.id,
      orgPath: org.path,
    });
  }
}
