import { Injectable } from '@nestjs/common';
import { seesSubtree } from '@nianbao/workflow';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';

/**
 * What part of the org tree a user may see. Everything outside it answers 404, as if it did not exist.
 * A reviewer, leader or admin sees their org's subtree; a submitter or unit leader only their own org.
 */
@Injectable()
export class OrgScopeService {
  seesSubtree(user: AuthUser): boolean {
    return seesSubtree(user.roles);
  }

  canSee(user: AuthUser, orgPath: string): boolean {
    return this.seesSubtree(user) ? orgPath.startsWith(user.orgPath) : orgPath === user.orgPath;
  }

  isAdminOver(user: AuthUser, orgPath: string): boolean {
    return user.roles.includes('admin') && orgPath.startsWith(user.orgPath);
  }

  /** Restricts a query to rows whose org path column lies in the user's view. */
  restrict<T extends ObjectLiteral>(
    builder: SelectQueryBuilder<T>,
    pathColumn: string,
    user: AuthUser,
  ): SelectQueryBuilder<T> {
    return this.seesSubtree(user)
      ? builder.andWhere(`${pathColumn} LIKE :scopePrefix`, { scopePrefix: `${user.orgPath}%` })
      : builder.andWhere(`${pathColumn} = :scopePath`, { scopePath: user.orgPath });
  }
}
