import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('user maintenance (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
  });

  afterAll(() => api.close());

  const createClerk = async (username: string) => {
    const created = await api.post('/api/users', 'admin', {
      username,
      displayName: '王五',
      orgId: await world.orgId('东城街道'),
      roles: ['submitter'],
      password: 'a-long-initial-password',
    });
    expect(created.status).toBe(201);
    return created.body as { id: number; version: number };
  };

  it('an admin moves a clerk to another org and gives a second role; the edit carries the version it changes', async () => {
    const clerk = await createClerk('wangwu_update');
    const updated = await api.put(`/api/users/${clerk.id}`, 'admin', {
      displayName: '王五（东湖镇）',
      orgId: await world.orgId('东湖镇'),
      roles: ['submitter', 'unit_leader'],
      isActive: true,
      version: clerk.version,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      displayName: '王五（东湖镇）',
      roles: ['submitter', 'unit_leader'],
      version: clerk.version + 1,
    });

    const stale = await api.put(`/api/users/${clerk.id}`, 'admin', {
      displayName: '覆盖',
      orgId: await world.orgId('东城街道'),
      roles: ['submitter'],
      isActive: false,
      version: clerk.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const kept = (await api.get(`/api/users/${clerk.id}`, 'admin')).body;
    expect(kept).toMatchObject({ displayName: '王五（东湖镇）', isActive: true, version: clerk.version + 1 });
  });

  it('refuses an unknown role or no role at all and changes nothing', async () => {
    const clerk = await createClerk('wangwu_invalid');
    const base = {
      displayName: '王五',
      orgId: await world.orgId('东城街道'),
      isActive: true,
      version: clerk.version,
    };
    const unknownRole = await api.put(`/api/users/${clerk.id}`, 'admin', { ...base, roles: ['superuser'] });
    expect(unknownRole.status).toBe(400);
    const noRoles = await api.put(`/api/users/${clerk.id}`, 'admin', { ...base, roles: [] });
    expect(noRoles.status).toBe(400);
    const after = (await api.get(`/api/users/${clerk.id}`, 'admin')).body;
    expect(after).toMatchObject({ roles: ['submitter'], version: clerk.version });
  });

  it('the admin of the other district can neither see nor edit the clerk', async () => {
    const clerk = await createClerk('wangwu_scope');
    await world.createUser('west_reviewer_users', '西区', ['reviewer', 'admin']);
    expect((await api.get(`/api/users/${clerk.id}`, 'west_reviewer_users')).status).toBe(404);
    const stranger = await api.put(`/api/users/${clerk.id}`, 'west_reviewer_users', {
      displayName: '越权',
      orgId: await world.orgId('东城街道'),
      roles: ['submitter'],
      isActive: false,
      version: clerk.version,
    });
    expect(stranger.status).toBe(404);
    expect((await api.get(`/api/users/${clerk.id}`, 'admin')).body.displayName).toBe('王五');
  });
});
