import { createTemplate, exportReport, importWorkbook } from '@nianbao/excel';
import { zipSync } from 'fflate';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';
import { binaryParser, waitForJob } from '../../../test/jobs/wait-for-job';

// The embedded mode (no Redis): the same processors run inside the API process.
describe('importing and exporting workbooks through the API (embedded, jobs in-process)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let reportId: number;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded', environment: { UPLOAD_MAX_BYTES: '2000000' } });
    world = new DemoWorld(api);
    reportId = (await world.report(await world.campaignId(2025), '东城街道')).id;
  });

  afterAll(() => api?.close());

  const download = async (path: string, username: string) => {
    const response = await api
      .http()
      .get(path)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .buffer(true)
      .parse(binaryParser);
    return response;
  };
  const upload = async (path: string, username: string, content: Buffer, fileName: string) =>
    api
      .http()
      .post(path)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .attach('file', content, fileName);

  it('a submitter exports the report, uploads the workbook back and gets it as the next draft version', async () => {
    const before = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    const edited = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: { ...before.values, 'T21.B.A1.NP': 17 },
    });
    expect(edited.status).toBe(200);
    const exported = await download(`/api/reports/${reportId}/export.xlsx`, 'submitter');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('filename*=UTF-8');
    expect((await importWorkbook(exported.body, { fileName: 'x.xlsx' })).values['T21.B.A1.NP']).toBe(17);

    const changed = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: edited.body.version,
      values: { ...edited.body.values, 'T21.B.A1.NP': 99 },
    });
    const accepted = await upload(
      `/api/reports/${reportId}/import`,
      'submitter',
      exported.body,
      '东城街道.xlsx',
    );
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'submitter', accepted.body.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 100 });
    expect(job.result).toMatchObject({ reportId, version: changed.body.version + 1, problems: [] });

    const after = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    expect(after.version).toBe(changed.body.version + 1);
    expect(after.values).toEqual(edited.body.values);
  });

  it('a file that is not a report fails the job with a Chinese reason and changes nothing', async () => {
    const before = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    const accepted = await upload(
      `/api/reports/${reportId}/import`,
      'submitter',
      Buffer.from('这不是年度报告，只是一段文字。'),
      'notes.txt',
    );
    const job = await waitForJob(api, 'submitter', accepted.body.jobId);
    expect(job.state).toBe('failed');
    expect(job.failedReason).toMatch(/[\u4e00-\u9fa5]/);
    expect(job.attemptsMade).toBe(1);
    expect((await api.get(`/api/reports/${reportId}`, 'submitter')).body.version).toBe(before.version);
  });

  it('a workbook of the wrong format is refused naming both formats, and the report keeps its version', async () => {
    const before = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    const legacy = Buffer.from(await createTemplate('legacy', { agency: '东城街道', reportYear: 2018 }));
    const accepted = await upload(`/api/reports/${reportId}/import`, 'submitter', legacy, '东城街道.xlsx');
    const job = await waitForJob(api, 'submitter', accepted.body.jobId);
    expect(job.state).toBe('failed');
    expect(job.failedReason).toBe(
      '文件中的表格是「旧统计表（2018 年及以前）」，本填报任务要求「2021 格式（2021 年度起）」；请下载本任务的模板填写后再导入。',
    );
    expect((await api.get(`/api/reports/${reportId}`, 'submitter')).body.version).toBe(before.version);
  });

  it('text in a number cell is refused naming the cell as the submitter sees it, and nothing is saved', async () => {
    const before = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    const saved = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: { ...before.values, 'T21.B.A1.NP': '三件' },
    });
    expect(saved.status).toBe(400);
    expect(saved.body.code).toBe('INVALID_VALUES');
    expect(saved.body.message).toContain('本年新收政府信息公开申请数量');
    expect(saved.body.message).toContain('自然人');
    const after = (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
    expect(after.version).toBe(before.version);
    expect(after.values).toEqual(before.values);
  });

  it('refuses at once: a binary file, a report the user may not edit, a job of somebody else', async () => {
    const binary = await upload(
      `/api/reports/${reportId}/import`,
      'submitter',
      Buffer.from([0, 1, 2, 0, 5]),
      'a.xlsx',
    );
    expect(binary.status).toBe(415);
    expect(binary.body.message).toContain('无法识别的文件类型');

    const reviewer = await upload(
      `/api/reports/${reportId}/import`,
      'district_reviewer',
      Buffer.from('x'),
      'a.txt',
    );
    expect(reviewer.status).toBe(403);

    const accepted = await upload(
      `/api/reports/${reportId}/import`,
      'submitter',
      Buffer.from('文字'),
      'a.txt',
    );
    expect((await api.get(`/api/jobs/${accepted.body.jobId}`, 'district_reviewer')).status).toBe(404);
  });

  it('templates: blank, or with the org filled in; an unknown format is 404', async () => {
    const blank = await download('/api/templates/2021.xlsx', 'submitter');
    expect(blank.status).toBe(200);
    expect((await importWorkbook(blank.body, { fileName: 't.xlsx' })).formatId).toBe('2021');
    const orgId = await world.orgId('东城街道');
    const prefilled = await download(`/api/templates/2021.xlsx?org=${orgId}&year=2025`, 'submitter');
    expect(await importWorkbook(prefilled.body, { fileName: 't.xlsx' })).toMatchObject({
      agency: '东城街道',
      reportYear: 2025,
    });
    expect((await api.get('/api/templates/1999.xlsx', 'submitter')).status).toBe(404);
  });

  it('a district exports its campaign reports, 汇总 and progress list as workbooks through jobs', async () => {
    const current = await world.campaignId(2025);
    const lastYear = await world.campaignId(2024);
    for (const [campaignId, kind] of [
      [current, 'reports'],
      [lastYear, 'summary'],
      [current, 'progress'],
    ] as const) {
      const accepted = await api.post(`/api/campaigns/${campaignId}/exports`, 'district_reviewer', { kind });
      expect(accepted.status).toBe(202);
      const job = await waitForJob(api, 'district_reviewer', accepted.body.jobId);
      expect(job.state).toBe('completed');
      const file = await download(`/api/jobs/${accepted.body.jobId}/download`, 'district_reviewer');
      expect(file.status).toBe(200);
      expect(file.body.subarray(0, 2).toString()).toBe('PK');
      expect((await api.get(`/api/jobs/${accepted.body.jobId}/download`, 'submitter')).status).toBe(404);
    }
  });

  it('a 汇总 with nothing approved yet fails with a Chinese reason', async () => {
    const accepted = await api.post(
      `/api/campaigns/${await world.campaignId(2025)}/exports`,
      'district_reviewer',
      {
        kind: 'summary',
      },
    );
    const job = await waitForJob(api, 'district_reviewer', accepted.body.jobId);
    expect(job).toMatchObject({ state: 'failed', failedReason: expect.stringContaining('暂无汇总') });
  });

  it('the 政务公开办 imports a zip of collected workbooks, each matched to its unit by name, with a result per file', async () => {
    const campaignId = await world.campaignId(2025);
    const workbook = (agency: string, requests: number) =>
      exportReport({ formatId: '2021', reportYear: 2025, agency, values: { 'T21.B.A1.NP': requests } });
    const zip = zipSync({
      '东区/东城街道.xlsx': await workbook('东城街道', 41),
      '东区/西城街道.xlsx': await workbook('西城街道', 5),
      '东区/说明.txt': new TextEncoder().encode('不是工作簿'),
    });
    const accepted = await upload(
      `/api/campaigns/${campaignId}/import`,
      'district_reviewer',
      Buffer.from(zip),
      '东区.zip',
    );
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'district_reviewer', accepted.body.jobId);
    expect(job.state).toBe('completed');
    const files = (job.result as { files: { fileName: string; status: string; message: string }[] }).files;
    expect(files).toHaveLength(2);
    expect(files.find((file) => file.fileName.endsWith('东城街道.xlsx'))).toMatchObject({
      status: 'imported',
    });
    expect(files.find((file) => file.fileName.endsWith('西城街道.xlsx'))).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('没有名为“西城街道”'),
    });
    expect((await api.get(`/api/reports/${reportId}`, 'submitter')).body.values['T21.B.A1.NP']).toBe(41);
  });

  it('refuses a zip bomb and an upload over the size limit with Chinese messages', async () => {
    const campaignId = await world.campaignId(2025);
    const bomb = zipSync({ 'big.xlsx': new Uint8Array(11 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const accepted = await upload(
      `/api/campaigns/${campaignId}/import`,
      'district_reviewer',
      Buffer.from(bomb),
      'bomb.zip',
    );
    const job = await waitForJob(api, 'district_reviewer', accepted.body.jobId);
    expect(job).toMatchObject({ state: 'failed', failedReason: expect.stringContaining('解压后超过 10 MB') });

    const tooLarge = await upload(
      `/api/reports/${reportId}/import`,
      'submitter',
      Buffer.alloc(2_100_000, 65),
      'big.txt',
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toMatch(/[一-龥]/);
  });
});
