import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { binaryParser, waitForJob } from '../../../test/jobs/wait-for-job';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

const SEEDS = path.resolve(__dirname, '../../../../../../shared/fixtures/seeds');
const CORPUS = path.resolve(__dirname, '../../../../../packages/report-import/corpus');

/** A 2019 report of 宝山区规划和自然资源局, as if published by 东区 under a name the org tree spells differently. */
const misnamedHealthBureau = Buffer.from(
  readFileSync(path.join(SEEDS, '003_d700c24dbd5bf299.txt'), 'utf8')
    .replaceAll('宝山区规划和自然资源局', '东区卫生和健康委员会')
    .replaceAll('区规划资源局', '区卫健委'),
);
/** A 2023 统计局 report that names no agency in its text; the file name says 东区统计局. */
const statisticsBureau = readFileSync(path.join(CORPUS, '409-yangling-tongjiju-2023/source.txt'));
/** A 2018 report (legacy tables) that names no agency at all. */
const anonymous2018 = readFileSync(path.join(SEEDS, '000_b55ee0d3163912f6.txt'));
/** A real 上海市人民政府办公厅 page: nothing of 东区. */
const shanghaiPage = readFileSync(path.join(CORPUS, '201-shanghai-shizhengfu-bangongting-2019/source.html'));
const STATISTICS_FILE = '东区统计局2023年政府信息公开工作年度报告.txt';

interface ImportedFile {
  id: number;
  fileName: string;
  status: string;
  message: string | null;
  matchLevel: string | null;
  proposedOrgId: number | null;
  orgId: number | null;
  orgName: string | null;
  reportYear: number | null;
  isReady: boolean;
  unreadableCount: number;
  reportId: number | null;
}

describe('history import: past published reports → review → stored read-only (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let importId: number;
  let files: Map<string, ImportedFile>;
  let statisticsOrgId: number;

  const upload = async (username: string, attachments: [Buffer, string][]) => {
    let call = api
      .http()
      .post('/api/history-imports')
      .set('authorization', `Bearer ${await api.token(username)}`);
    for (const [content, name] of attachments) call = call.attach('files', content, name);
    return call;
  };
  const download = async (url: string, username: string) =>
    api
      .http()
      .get(url)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .buffer(true)
      .parse(binaryParser);
  const fileNamed = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`no imported file named ${name}`);
    return file;
  };
  const refresh = async () => {
    const response = await api.get(`/api/history-imports/${importId}`, 'dong_admin');
    files = new Map((response.body.files as ImportedFile[]).map((file) => [file.fileName, file]));
  };

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('dong_admin', '东区', ['admin']);
    await world.createUser('xi_admin', '西区', ['admin']);
    const created = await api.post('/api/orgs', 'admin', {
      name: '区统计局',
      type: 'district_department',
      parentId: await world.orgId('东区'),
    });
    statisticsOrgId = created.body.id;

    const zip = zipSync({
      '东区历史年报/': new Uint8Array(),
      [`东区历史年报/${STATISTICS_FILE}`]: statisticsBureau,
      '东区历史年报/report-2018.txt': anonymous2018,
      '东区历史年报/上海市政府办公厅2019.html': shanghaiPage,
      '东区历史年报/损坏的年报.pdf': Buffer.from('%PDF-1.4 这不是一个完整的 PDF'),
      '东区历史年报/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    const accepted = await upload('dong_admin', [
      [Buffer.from(zip), '东区历史年报.zip'],
      [misnamedHealthBureau, '卫健委2019年报.txt'],
    ]);
    expect(accepted.status).toBe(202);
    importId = accepted.body.id;
    const job = await waitForJob(api, 'dong_admin', accepted.body.jobId, 60_000);
    expect(job).toMatchObject({ state: 'completed', progress: 100 });
    expect(job.result).toEqual({ files: 5, read: 4, failed: 1 });
    await refresh();
  });

  afterAll(() => api?.close());

  it('reads every file of the folder, proposes orgs with a confidence, and fails only the broken file', async () => {
    expect([...files.keys()].sort()).toEqual(
      [
        `东区历史年报/${STATISTICS_FILE}`,
        '东区历史年报/report-2018.txt',
        '东区历史年报/上海市政府办公厅2019.html',
        '东区历史年报/损坏的年报.pdf',
        '卫健委2019年报.txt',
      ].sort(),
    );
    files = new Map([...files.values()].map((file) => [file.fileName.split('/').pop() as string, file]));

    expect(fileNamed(STATISTICS_FILE)).toMatchObject({
      status: 'read',
      matchLevel: 'matched',
      orgId: statisticsOrgId,
      orgName: '区统计局',
      reportYear: 2023,
      isReady: true,
    });
    expect(fileNamed('卫健委2019年报.txt')).toMatchObject({
      status: 'read',
      matchLevel: 'doubtful',
      orgName: '东区卫生健康局',
      reportYear: 2019,
      isReady: false,
    });
    expect(fileNamed('report-2018.txt')).toMatchObject({
      matchLevel: 'unmatched',
      orgId: null,
      reportYear: 2018,
    });
    expect(fileNamed('上海市政府办公厅2019.html')).toMatchObject({ matchLevel: 'unmatched', orgId: null });
    const broken = fileNamed('损坏的年报.pdf');
    expect(broken.status).toBe('failed');
    expect(broken.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('another district’s admin can neither see the import nor review, confirm or download from it', async () => {
    const statistics = fileNamed(STATISTICS_FILE);
    expect((await api.get('/api/history-imports', 'xi_admin')).body).toEqual([]);
    expect((await api.get(`/api/history-imports/${importId}`, 'xi_admin')).status).toBe(404);
    const review = await api.put(`/api/history-imports/${importId}/files/${statistics.id}`, 'xi_admin', {
      orgId: await world.orgId('西区财政局'),
      reportYear: 2023,
      isSkipped: false,
    });
    expect(review.status).toBe(404);
    const confirm = await api.post(`/api/history-imports/${importId}/confirm`, 'xi_admin', {
      fileIds: [statistics.id],
    });
    expect(confirm.status).toBe(404);
    expect(
      (await download(`/api/history-imports/${importId}/files/${statistics.id}/source`, 'xi_admin')).status,
    ).toBe(404);
    // A submitter below 东区 is not the 政务公开办 either.
    expect((await api.get(`/api/history-imports/${importId}`, 'submitter')).status).toBe(404);
    expect((await api.get(`/api/history-imports/${importId}`, 'dong_admin')).body.files[0].status).not.toBe(
      'stored',
    );
  });

  it('refuses an org outside the uploader’s district and a year not yet over, with Chinese messages', async () => {
    const anonymous = fileNamed('report-2018.txt');
    const outside = await api.put(`/api/history-imports/${importId}/files/${anonymous.id}`, 'dong_admin', {
      orgId: await world.orgId('西山乡'),
      reportYear: 2018,
      isSkipped: false,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.message).toContain('管辖范围');
    const future = await api.put(`/api/history-imports/${importId}/files/${anonymous.id}`, 'dong_admin', {
      orgId: await world.orgId('东山乡'),
      reportYear: new Date().getFullYear() + 1,
      isSkipped: false,
    });
    expect(future.status).toBe(400);
    expect(future.body.message).toContain('年度');
    const notAnId = await api.put(`/api/history-imports/${importId}/files/${anonymous.id}`, 'dong_admin', {
      orgId: '东山乡',
      reportYear: 2018,
      isSkipped: false,
    });
    expect(notAnId.status).toBe(400);
  });

  it('stores the matched file at once, and the doubtful and unmatched ones only after review', async () => {
    const statistics = fileNamed(STATISTICS_FILE);
    const health = fileNamed('卫健委2019年报.txt');
    const anonymous = fileNamed('report-2018.txt');
    const first = await api.post(`/api/history-imports/${importId}/confirm`, 'dong_admin', {
      fileIds: [statistics.id, health.id, anonymous.id],
    });
    expect(first.status).toBe(200);
    expect(first.body.results.map((result: { isStored: boolean }) => result.isStored)).toEqual([
      true,
      false,
      false,
    ]);
    expect(first.body.results[1].message).toContain('确认');

    // The reviewer confirms the proposal for the mis-named bureau, picks the org of the anonymous report, skips 上海.
    const confirmed = await api.put(`/api/history-imports/${importId}/files/${health.id}`, 'dong_admin', {
      orgId: health.proposedOrgId,
      reportYear: 2019,
      isSkipped: false,
    });
    expect(confirmed.body).toMatchObject({ isReady: true, orgName: '东区卫生健康局' });
    // 东湖镇 already has its 2018 report (the demo's history): the import leaves it alone.
    await api.put(`/api/history-imports/${importId}/files/${anonymous.id}`, 'dong_admin', {
      orgId: await world.orgId('东湖镇'),
      reportYear: 2018,
      isSkipped: false,
    });
    const shanghai = fileNamed('上海市政府办公厅2019.html');
    const skipped = await api.put(`/api/history-imports/${importId}/files/${shanghai.id}`, 'dong_admin', {
      orgId: null,
      reportYear: null,
      isSkipped: true,
    });
    expect(skipped.body.status).toBe('skipped');

    const second = await api.post(`/api/history-imports/${importId}/confirm`, 'dong_admin', {
      fileIds: [health.id, anonymous.id, shanghai.id],
    });
    expect(second.body.results[0]).toMatchObject({ isStored: true });
    expect(second.body.results[1]).toMatchObject({ isStored: false });
    expect(second.body.results[1].message).toContain('已有 2018 年度的报告');
    expect(second.body.results[2]).toMatchObject({ isStored: false });

    await api.put(`/api/history-imports/${importId}/files/${anonymous.id}`, 'dong_admin', {
      orgId: await world.orgId('东山乡'),
      reportYear: 2018,
      isSkipped: false,
    });
    const third = await api.post(`/api/history-imports/${importId}/confirm`, 'dong_admin', {
      fileIds: [anonymous.id],
    });
    expect(third.body.results[0]).toMatchObject({ isStored: true });
    await refresh();
    files = new Map([...files.values()].map((file) => [file.fileName.split('/').pop() as string, file]));
    expect(fileNamed(STATISTICS_FILE).status).toBe('stored');
    expect(fileNamed('卫健委2019年报.txt').status).toBe('stored');
    expect(fileNamed('report-2018.txt').status).toBe('stored');

    // The demo's own 2018 report of 东湖镇 is untouched.
    const campaigns = (await api.get('/api/campaigns', 'admin')).body as { id: number; name: string }[];
    const demoHistory = campaigns.find(
      (campaign) => campaign.name.startsWith('2018 年度') && campaign.name.includes('历史数据'),
    );
    const donghu = await world.report(demoHistory?.id as number, '东湖镇');
    expect((await api.get(`/api/reports/${donghu.id}`, 'admin')).body.version).toBe(2);
  });

  it('keeps each stored report as its org’s published report of the year, unreadable cells left empty', async () => {
    const statistics = fileNamed(STATISTICS_FILE);
    const report = await api.get(`/api/reports/${statistics.reportId}`, 'dong_admin');
    expect(report.body).toMatchObject({ state: 'approved', reportYear: 2023, formatId: '2021' });
    expect(statistics.unreadableCount).toBeGreaterThan(0);
    const values = Object.values(report.body.values as Record<string, number | null>);
    expect(values.filter((value) => value === null).length).toBeGreaterThanOrEqual(
      statistics.unreadableCount,
    );

    const campaigns = (await api.get('/api/campaigns', 'dong_admin')).body as {
      reportYear: number;
      name: string;
      isImportedHistory: boolean;
    }[];
    expect(campaigns.find((campaign) => campaign.reportYear === 2023)).toMatchObject({
      isImportedHistory: true,
      name: expect.stringContaining('历史导入'),
    });
    // The 统计局's own people see their history too.
    await api.post('/api/users', 'admin', {
      username: 'tongji_submitter',
      displayName: '区统计局填报员',
      orgId: statisticsOrgId,
      roles: ['submitter'],
      password: 'nianbao-demo',
    });
    expect((await api.get(`/api/reports/${statistics.reportId}`, 'tongji_submitter')).status).toBe(200);
  });

  it('is read-only: no edit, no workflow action, whoever asks', async () => {
    const { reportId } = fileNamed('卫健委2019年报.txt');
    const report = (await api.get(`/api/reports/${reportId}`, 'city_reviewer')).body;
    expect(report.availableActions).toEqual([]);
    expect(report.canEdit).toBe(false);

    const reopen = await api.post(`/api/reports/${reportId}/reopen`, 'city_reviewer', {
      version: report.version,
      comment: '数据有误，重新填报',
    });
    expect(reopen.status).toBe(409);
    expect(reopen.body.message).toContain('历史年报');
    const edit = await api.put(`/api/reports/${reportId}`, 'admin', {
      version: report.version,
      values: { ...report.values, 'T19.B.A1.NP': 1 },
    });
    expect(edit.status).toBe(403);
    expect(edit.body.message).toContain('历史年报');
    const after = (await api.get(`/api/reports/${reportId}`, 'admin')).body;
    expect(after).toMatchObject({ state: 'approved', version: report.version, values: report.values });

    const review = await api.put(
      `/api/history-imports/${importId}/files/${fileNamed('卫健委2019年报.txt').id}`,
      'dong_admin',
      {
        orgId: await world.orgId('东区财政局'),
        reportYear: 2019,
        isSkipped: false,
      },
    );
    expect(review.status).toBe(409);
  });

  it('keeps the source file, downloadable by whoever sees the report and by nobody else', async () => {
    const { reportId } = fileNamed('卫健委2019年报.txt');
    const source = await download(`/api/reports/${reportId}/source-file`, 'district_reviewer');
    expect(source.status).toBe(200);
    expect(Buffer.compare(source.body as Buffer, misnamedHealthBureau)).toBe(0);
    expect(source.headers['content-disposition']).toContain(encodeURIComponent('卫健委2019年报.txt'));

    const statistics = fileNamed(STATISTICS_FILE);
    const fromImport = await download(
      `/api/history-imports/${importId}/files/${statistics.id}/source`,
      'dong_admin',
    );
    expect(Buffer.compare(fromImport.body as Buffer, statisticsBureau)).toBe(0);

    expect((await download(`/api/reports/${reportId}/source-file`, 'xi_admin')).status).toBe(404);
    const platformReport = await world.report(await world.campaignId(2025), '东城街道');
    expect((await download(`/api/reports/${platformReport.id}/source-file`, 'admin')).status).toBe(404);
  });

  it('answers 400 with a Chinese message for an upload without files, and 403 to a township user', async () => {
    const empty = await api
      .http()
      .post('/api/history-imports')
      .set('authorization', `Bearer ${await api.token('dong_admin')}`)
      .field('note', 'nothing');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('历史年报');
    const township = await upload('submitter', [[anonymous2018, 'a.txt']]);
    expect(township.status).toBe(403);
  });

  it('says a .zip that is not one is a damaged archive, and still reads the other files of the upload', async () => {
    const accepted = await upload('dong_admin', [
      [Buffer.from('这不是压缩包'), '下载失败的年报.zip'],
      [anonymous2018, 'report-2018.txt'],
    ]);
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'dong_admin', accepted.body.jobId, 60_000);
    expect(job.result).toEqual({ files: 2, read: 1, failed: 1 });
    const listed = await api.get(`/api/history-imports/${accepted.body.id}`, 'dong_admin');
    const damaged = (listed.body.files as ImportedFile[]).find(
      (file) => file.fileName === '下载失败的年报.zip',
    );
    expect(damaged).toMatchObject({ status: 'failed' });
    expect(damaged?.message).toContain('不是标准 zip 格式');
  });
});

describe('history import in the embedded mode (sql.js, jobs in-process)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
  });

  afterAll(() => api?.close());

  it('stores a report and gives back its source file byte for byte, however large', async () => {
    // 东区's own 2020 report; the blank lines make the file span several stored chunks.
    const source = Buffer.from(
      readFileSync(path.join(SEEDS, '004_ecd5872fd256d62d.txt'), 'utf8')
        .replaceAll('宁海县人民政府办公室', '东区人民政府办公室')
        .replaceAll('宁海县', '东区') + '\n'.repeat(150_000),
    );
    const accepted = await api
      .http()
      .post('/api/history-imports')
      .set('authorization', `Bearer ${await api.token('district_reviewer')}`)
      .attach('files', source, '2020年报.txt');
    expect(accepted.status).toBe(202);
    await waitForJob(api, 'district_reviewer', accepted.body.jobId);
    const [file] = (await api.get(`/api/history-imports/${accepted.body.id}`, 'district_reviewer')).body
      .files;
    expect(file).toMatchObject({
      matchLevel: 'matched',
      orgName: '东区',
      reportYear: 2020,
      formatId: '2019',
    });

    const confirmed = await api.post(
      `/api/history-imports/${accepted.body.id}/confirm`,
      'district_reviewer',
      {
        fileIds: [file.id],
      },
    );
    const [{ reportId }] = confirmed.body.results;
    expect((await api.get(`/api/reports/${reportId}`, 'district_reviewer')).body).toMatchObject({
      state: 'approved',
      availableActions: [],
    });
    const kept = await api
      .http()
      .get(`/api/reports/${reportId}/source-file`)
      .set('authorization', `Bearer ${await api.token('city_reviewer')}`)
      .buffer(true)
      .parse(binaryParser);
    expect(Buffer.compare(kept.body as Buffer, source)).toBe(0);
  });
});
