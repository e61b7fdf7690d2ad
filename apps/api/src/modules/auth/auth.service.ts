import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import { EntityRowReader, firstRow } from '../../database/entity-row-reader';
import { AuditService } from '../audit/audit.service';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { AuthErrorCode, AuthException } from './auth.exception';
import { authUserOf } from './auth-user';
import type { AuthUser, TokenPayload } from './auth-user';
import type { ChangePasswordInput } from './dto/change-password.input';
import type { TokenPairOutput } from './dto/token-pair.output';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';

// Compared against when the username is unknown, so both failures take as long (no username probing by timing).
const UNKNOWN_USER_HASH = '$2b$10$WjoNqi3uKFd9a83jqxn.ruNN9L0Ua1DZshcU9sm.5G2qj2J956Bi6';

@Injectable()
export class AuthService {
  private readonly userRow: EntityRowReader<User>;
  private readonly orgRow: EntityRowReader<Org>;
  /** The user with their org, in one query (every request makes it). */
  private readonly signedInUserSql: string;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: ConfigVariables,
    private readonly audit: AuditService,
  ) {
    const user = (this.userRow = new EntityRowReader(dataSource, User, 'user'));
    const org = (this.orgRow = new EntityRowReader(dataSource, Org, 'org'));
    this.signedInUserSql =
      `SELECT ${user.selectList}, ${org.selectList} FROM ${user.from}` +
      ` INNER JOIN ${org.from} ON ${org.column('id')} = ${user.column('orgId')} WHERE ${user.column('id')} = ?`;
  }

  async login(username: string, password: string): Promise<TokenPairOutput> {
    const user = await this.users.findOneBy({ username: username.trim() });
    const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !user.isActive || !matches) throw new AuthException(AuthErrorCode.INVALID_CREDENTIALS);
    const org = await this.orgs.findOneByOrFail({ id: user.orgId });
    await this.audit.record({
      actor: user,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      orgPath: org.path,
    });
    return this.issueTokens(user);
  }

  async refresh(refreshToken: string): Promise<TokenPairOutput> {
    const payload = await this.verify(refreshToken, 'refresh', AuthErrorCode.INVALID_REFRESH_TOKEN);
    const user = await this.users.findOneBy({ id: payload.sub });
    if (!user || !user.isActive || user.tokenGeneration !== payload.generation) {
      throw new AuthException(AuthErrorCode.INVALID_REFRESH_TOKEN);
    }
    return this.issueTokens(user);
  }

  async changePassword(actor: AuthUser, input: ChangePasswordInput): Promise<TokenPairOutput> {
    const user = await this.users.findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw new AuthException(AuthErrorCode.WRONG_CURRENT_PASSWORD);
    }
    if (input.newPassword.length < MIN_PASSWORD_LENGTH || input.newPassword === input.currentPassword) {
      throw new AuthException(AuthErrorCode.WEAK_PASSWORD);
    }
    user.passwordHash = await hashPassword(input.newPassword);
    user.mustChangePassword = false;
    user.tokenGeneration += 1;
    await this.users.save(user);
    await this.audit.record({
      actor,
      action: 'auth.change_password',
      entityType: 'user',
      entityId: user.id,
      orgPath: actor.orgPath,
    });
    return this.issueTokens(user);
  }

  /** The user behind an access token, with their org's place in the tree; 401 when the token is not good. */
  async userForAccessToken(token: string): Promise<AuthUser> {
    const payload = await this.verify(token, 'access', AuthErrorCode.UNAUTHENTICATED);
    const row = await firstRow(this.dataSource, this.signedInUserSql, [payload.sub]);
    if (!row) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
    const user = this.userRow.read(row);
    if (!user.isActive) throw new AuthException(AuthErrorCode.UNAUTHENTICATED);
    const org = this.orgRow.read(row);
    return authUserOf(user, org);
  }

  /** Tokens for a user whose identity another module has established (e.g. the WeChat login). */
  async issueTokens(user: User): Promise<TokenPairOutput> {
    const access: TokenPayload = { sub: user.id, kind: 'access' };
    const refresh: TokenPayload = { sub: user.id, kind: 'refresh', generation: user.tokenGeneration };
    return {
      accessToken: await this.jwt.signAsync(access, { expiresIn: this.config.JWT_ACCESS_TTL_SECONDS }),
      refreshToken: await this.jwt.signAsync(refresh, { expiresIn: this.config.JWT_REFRESH_TTL_SECONDS }),
      mustChangePassword: user.mustChangePassword,
    };
  }

  private async verify(
    token: string,
    kind: TokenPayload['kind'],
    failure: AuthErrorCode,
  ): Promise<TokenPayload> {
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token);
      if (payload.kind !== kind || typeof payload.sub !== 'number') throw new Error('wrong token kind');
      return payload;
    } catch {
      throw new AuthException(failure);
    }
  }
}
