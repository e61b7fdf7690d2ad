import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password';
import { Org } from '../../modules/orgs/entities/org.entity';
import { childPath } from '../../modules/orgs/org-hierarchy';
import { User } from '../../modules/users/entities/user.entity';
import type { DemoOrg } from './demo-org-tree';
import { DEMO_ACCOUNTS, DEMO_ORG_TREE, DEMO_PASSWORD } from './demo-org-tree';

/** Inserts the demo org tree and accounts; returns the orgs by name. */
export async function seedDemoOrgsAndUsers(
  manager: EntityManager,
  options: { mustChangePassword: boolean },
): Promise<Map<string, Org>> {
  const byName = new Map<string, Org>();
  const insert = async (node: DemoOrg, parent: Org | null): Promise<void> => {
    const repository = manager.getRepository(Org);
    const org = await repository.save(
      repository.create({ name: node.name, type: node.type, parentId: parent?.id ?? null, path: '/' }),
    );
    org.path = childPath(parent?.path ?? '/', org.id);
    await repository.update({ id: org.id }, { path: org.path });
    byName.set(org.name, org);
    for (const child of node.children ?? []) await insert(child, org);
  };
  await insert(DEMO_ORG_TREE, null);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = manager.getRepository(User);
  for (const account of DEMO_ACCOUNTS) {
    const org = byName.get(account.orgName);
    if (!org) throw new Error(`demo account ${account.username} names an unknown org ${account.orgName}`);
    await users.save(
      users.create({
        username: account.username,
        displayName: account.displayName,
        orgId: org.id,
        roles: account.roles,
        passwordHash,
        mustChangePassword: options.mustChangePassword,
      }),
    );
  }
  return byName;
}
