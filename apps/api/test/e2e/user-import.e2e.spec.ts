import { Workbook } from 'exceljs';
import { binaryParser } from '../jobs/wait-for-job';
import { DemoWorld } from '../support/demo-world';
import { startTestApp } from '../support/test-app';
import type { TestApp } from '../support/test-app';

const HEADER = ['用户名', '姓名', '单位', '角色', '初始密码'];

/** An .xlsx list as Excel saves it: numbers typed as numbers. */
async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('用户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('users and orgs imported from a spreadsheet (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_admin', '西区', ['admin']);
  });

  afterAll(() => api.close());

  const upload = async (route: 'users' | 'orgs', file: Buffer, fileName: string, username = 'admin') =>
    api
      .http()
      .post(`/api/${route}/import`)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .attach('file', file, fileName);

  const usernames = async () =>
    (await api.get('/api/users', 'admin')).body.map((user: { username: string }) => user.username);

  const download = async (path: string) =>
    api
      .http()
      .get(path)
      .set('authorization', `Bearer ${await api.token('admin')}`)
      .buffer(true)
      .parse(binaryParser);

  it('the users template downloads with the columns the import reads; filled in, it imports, and again changes nothing', async () => {
    const template = await download('/api/users/import-template.xlsx');
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(template.body);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    expect(sheet.actualRowCount).toBe(1);
    // Filled in as an administrator would, with a password Excel stores as a number.
    sheet.addRow(['dongcheng_clerk', '东城文员', '东城街道', '填报员', 12345678]);
    sheet.addRow(['donghu_pair', '东湖负责人', '东湖镇', '填报员、单位负责人', 'nianbao-import']);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const first = await upload('users', filled, '用户.xlsx');
    expect(first.body).toEqual({ created: 2, skipped: 0 });
    expect(first.status).toBe(200);
    const users = (await api.get('/api/users', 'admin')).body as { username: string; roles: string[] }[];
    expect(users.find((user) => user.username === 'donghu_pair')?.roles).toEqual([
      'submitter',
      'unit_leader',
    ]);
    expect(await api.token('dongcheng_clerk', '12345678')).toEqual(expect.any(String));

    const again = await upload('users', filled, '用户.xlsx');
    expect(again.body).toEqual({ created: 0, skipped: 2 });
  });

  it('a list with bad lines is refused with every problem by line in Chinese, and nobody is created', async () => {
    const file = await workbookOf([
      HEADER,
      ['good_one', '好人', '东城街道', '填报员', 'nianbao-good'],
      ['good_one', '重复', '东城街道', '填报员', 'nianbao-good'],
      ['nobody_org', '无单位', '北城街道', '填报员', 'nianbao-good'],
      ['bad_role', '坏角色', '东城街道', '局长', 'short'],
      ['submitter', '已有', '西城街道', '填报员', 'nianbao-good'],
    ]);
    const response = await upload('users', file, '用户.xlsx');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_IMPORT');
    expect(response.body.message).toMatch(/^导入失败，未做任何修改：/);
    expect(response.body.message).toContain('第 3 行：用户名「good_one」在文件中重复');
    expect(response.body.message).toContain('第 4 行：找不到单位「北城街道」');
    expect(response.body.message).toContain('第 5 行：未知角色「局长」');
    expect(response.body.message).toContain('初始密码须为 8–200 位');
    expect(response.body.message).toContain('第 6 行：用户名「submitter」已被使用');
    expect(await usernames()).not.toContain('good_one');
  });

  it.each([
    [
      'an old .xls workbook',
      Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'),
      '用户.xls',
      '.xlsx',
    ],
    ['a damaged .xlsx', Buffer.from('504b0304140000000800', 'hex'), '用户.xlsx', '损坏'],
    ['a CSV saved in GBK', Buffer.from([0xd3, 0xc3, 0xbb, 0xa7, 0xc3, 0xfb, 0x0a]), '用户.csv', 'UTF-8'],
    [
      'a list without the header row',
      Buffer.from('a_user,某人,东城街道,填报员,nianbao-demo\n'),
      'u.csv',
      '表头',
    ],
  ])('%s is refused with a Chinese message', async (_, file, fileName, hint) => {
    const response = await upload('users', file, fileName);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_IMPORT');
    expect(response.body.message).toContain(hint);
  });

  it('a CSV list still imports', async () => {
    const csv = `\uFEFF${HEADER.join(',')}\r\ncsv_user,表格用户,西城街道,审核员,nianbao-csv-1\r\n`;
    expect((await upload('users', Buffer.from(csv), 'users.csv')).body).toEqual({ created: 1, skipped: 0 });
  });

  it('an administrator of another branch cannot place users in 东区, and only administrators import', async () => {
    const file = await workbookOf([HEADER, ['intruder', '闯入者', '东城街道', '填报员', 'nianbao-good']]);
    const response = await upload('users', file, '用户.xlsx', 'west_admin');
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('找不到单位「东城街道」（或不在您管理的范围内）');
    expect((await upload('users', file, '用户.xlsx', 'district_reviewer')).status).toBe(403);
    expect(await usernames()).not.toContain('intruder');
  });

  it('the org template downloads and an .xlsx org list imports like a CSV one', async () => {
    const template = await download('/api/orgs/import-template.xlsx');
    expect(template.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(template.body);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual([
      '名称',
      '类型',
      '上级单位',
    ]);

    const file = await workbookOf([
      ['名称', '类型', '上级单位'],
      ['北区', '区/县', ''],
      ['北城街道', '乡镇/街道', '北区'],
    ]);
    expect((await upload('orgs', file, '单位.xlsx')).body).toEqual({ created: 2, skipped: 0 });
    const names = (await api.get('/api/orgs', 'admin')).body.map((org: { name: string }) => org.name);
    expect(names).toEqual(expect.arrayContaining(['北区', '北城街道']));

    const bad = await workbookOf([
      ['名称', '类型', '上级单位'],
      ['西湖区', '区/县', ''],
      ['某镇', '街区', '西湖区'],
    ]);
    const refused = await upload('orgs', bad, '单位.xlsx');
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('第 3 行的类型「街区」无法识别');
    const after = (await api.get('/api/orgs', 'admin')).body.map((org: { name: string }) => org.name);
    expect(after).not.toContain('西湖区');
  });
});
