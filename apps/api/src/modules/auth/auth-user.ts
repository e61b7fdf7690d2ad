import type { OrgType, Role } from '@nianbao/workflow';
import type { Org } from '../orgs/entities/org.entity';
import type { User } from '../users/entities/user.entity';

/** The signed-in user as every request sees it: who, which org (and where it sits in the tree), which roles. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgPath: string;
  orgType: OrgType;
  roles: Role[];
  mustChangePassword: boolean;
}

/** A user row and its org as the request-scoped identity the services check permissions against. */
export function authUserOf(user: User, org: Pick<Org, 'id' | 'path' | 'type'>): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: org.id,
    orgPath: org.path,
    orgType: org.type,
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
  };
}

export interface TokenPayload {
  sub: number;
  kind: 'access' | 'refresh';
  /** Refresh tokens only: the user's token generation when issued. */
  generation?: number;
}
