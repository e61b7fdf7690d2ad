import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

describe('org tree maintenance (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
  });

  afterAll(() => api.close());

  const upload = async (csv: string, username = 'admin') =>
    api
      .http()
      .post('/api/orgs/import')
      .set('authorization', `Bearer ${await api.token(username)}`)
      .attach('file', Buffer.from(csv, 'utf8'), 'orgs.csv');

  it('serves the tree 市 → 区 → 乡镇/街道 and 区级部门, with 市级部门 under the city', async () => {
    const tree = (await api.get('/api/orgs/tree', 'admin')).body;
    expect(tree).toHaveLength(1);
    expect(tree[0].name).toBe('示范市');
    const children = tree[0].children.map(
      (child: { name: string; type: string }) => `${child.type}:${child.name}`,
    );
    expect(children).toEqual([
      'district:东区',
      'district:西区',
      'city_department:示范市发展和改革委员会',
      'city_department:示范市公安局',
    ]);
    expect(tree[0].children[0].children).toHaveLength(6);
  });

  it('imports a CSV of orgs, all or nothing, and a second import of the same file changes nothing', async () => {
    const csv =
      '\uFEFF名称,类型,上级单位\n南区,区/县,\n南城街道,乡镇/街道,南区\n"南区教育局",区级部门,南区\n';
    const first = await upload(csv);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 3, skipped: 0 });
    const again = await upload(csv);
    expect(again.body).toEqual({ created: 0, skipped: 3 });
    const names = (await api.get('/api/orgs', 'admin')).body.map((org: { name: string }) => org.name);
    expect(names).toEqual(expect.arrayContaining(['南区', '南城街道', '南区教育局']));
  });

  it('rejects a bad file with every problem by line, and creates nothing', async () => {
    const response = await upload(
      '名称,类型,上级单位\n北区,区/县,\n北城街道,街区,北区\n北湖镇,乡镇/街道,不存在的区\n北区卫健局,区级部门,示范市\n',
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_IMPORT');
    expect(response.body.message).toContain('第 3 行的类型「街区」无法识别');
    expect(response.body.message).toContain('第 4 行的上级单位「不存在的区」不存在');
    expect(response.body.message).toContain('第 5 行');
    const names = (await api.get('/api/orgs', 'admin')).body.map((org: { name: string }) => org.name);
    expect(names).not.toContain('北区');
  });

  it('only an administrator may change the tree', async () => {
    const response = await api.post('/api/orgs', 'district_reviewer', {
      name: '新镇',
      type: 'township',
      parentId: await world.orgId('东区'),
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('ADMIN_ONLY');
    expect((await upload('名称,类型,上级单位\n新区,区/县,\n', 'city_reviewer')).status).toBe(403);
  });

  it('renames with the version it edits (stale → 409) and refuses to delete an org that has reports', async () => {
    const id = await world.orgId('东城街道');
    const org = (await api.get(`/api/orgs/${id}`, 'admin')).body;
    const renamed = await api.put(`/api/orgs/${id}`, 'admin', {
      name: '东城街道办事处',
      version: org.version,
    });
    expect(renamed.body).toMatchObject({ name: '东城街道办事处', version: org.version + 1 });
    const stale = await api.put(`/api/orgs/${id}`, 'admin', { name: '又一个名字', version: org.version });
    expect(stale.status).toBe(409);
    expect((await api.get(`/api/orgs/${id}`, 'admin')).body.name).toBe('东城街道办事处');
    const removal = await api.delete(`/api/orgs/${id}?version=${org.version + 1}`, 'admin');
    expect(removal.status).toBe(409);
    expect(removal.body.code).toBe('ORG_IN_USE');
  });

  it('an org of the wrong type for its parent is refused', async () => {
    const response = await api.post('/api/orgs', 'admin', {
      name: '错位的街道',
      type: 'township',
      parentId: await world.orgId('示范市'),
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'INVALID_PARENT', message: '乡镇/街道不能设在市政府之下。' });
  });
});
