import { importPublishedReport } from '@nianbao/report-import';
import { strFromU8, unzipSync } from 'fflate';
import { binaryParser, waitForJob } from '../../../test/jobs/wait-for-job';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

/** The demo's 2025 campaign: four reports of 西区 are finally approved, none of 东区. */
const WEST_APPROVED = ['西城街道', '西区教育局', '西区卫生健康局', '西区财政局'];

describe('the 公开年报包: approved reports as Word/PDF/网页 in one zip (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let campaignId: number;

  const requestPackage = async (username: string, body: Record<string, unknown>) =>
    api.post(`/api/campaigns/${campaignId}/exports`, username, { kind: 'documents', ...body });

  const downloadPackage = async (username: string, jobId: string) =>
    api
      .http()
      .get(`/api/jobs/${jobId}/download`)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .buffer(true)
      .parse(binaryParser);

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_reviewer', '西区', ['reviewer']);
    campaignId = await world.campaignId(2025);
  });

  afterAll(() => api.close());

  it('zips one folder per approved report with every format, and the Word file reads back to the stored values', async () => {
    const accepted = await requestPackage('west_reviewer', {});
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'west_reviewer', accepted.body.jobId, 60_000);
    expect(job).toMatchObject({
      state: 'completed',
      progress: 100,
      result: { reportCount: 4, fileName: '2025 年度政府信息公开工作年度报告-西区-公开年报.zip' },
    });

    const download = await downloadPackage('west_reviewer', accepted.body.jobId);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(decodeURIComponent(download.headers['content-disposition'])).toContain(
      '2025 年度政府信息公开工作年度报告-西区-公开年报.zip',
    );
    const zip = unzipSync(download.body as Buffer);
    const folders = [...new Set(Object.keys(zip).map((path) => path.split('/')[0]))];
    expect(folders.sort()).toEqual(
      WEST_APPROVED.map((agency) => `${agency}2025年政府信息公开工作年度报告`).sort(),
    );
    for (const folder of folders) {
      expect(Object.keys(zip).filter((path) => path.startsWith(`${folder}/`))).toEqual(
        ['docx', 'html', 'pdf'].map((format) => `${folder}/${folder}.${format}`),
      );
    }
    const title = '西区教育局2025年政府信息公开工作年度报告';
    expect(Buffer.from(zip[`${title}/${title}.pdf`].subarray(0, 5)).toString()).toBe('%PDF-');
    expect(strFromU8(zip[`${title}/${title}.html`])).toContain(`<title>${title}</title>`);

    const stored = (
      await api.get(`/api/reports/${(await world.report(campaignId, '西区教育局')).id}`, 'west_reviewer')
    ).body;
    const readBack = await importPublishedReport({
      fileName: `${title}.docx`,
      data: zip[`${title}/${title}.docx`],
    });
    expect(readBack.values).toEqual(stored.values);
  });

  it('holds only the formats asked for, for the org chosen inside the caller’s subtree', async () => {
    const accepted = await requestPackage('city_reviewer', {
      org: await world.orgId('西城街道'),
      formats: ['html', 'docx', 'html'],
    });
    expect(accepted.status).toBe(202);
    const job = await waitForJob(api, 'city_reviewer', accepted.body.jobId, 60_000);
    expect(job).toMatchObject({ state: 'completed', result: { reportCount: 1 } });
    const zip = unzipSync((await downloadPackage('city_reviewer', accepted.body.jobId)).body as Buffer);
    const folder = '西城街道2025年政府信息公开工作年度报告';
    expect(Object.keys(zip)).toEqual([`${folder}/${folder}.docx`, `${folder}/${folder}.html`]);
  });

  it('answers 404 for an org of another branch, and refuses unknown formats', async () => {
    const foreign = await requestPackage('district_reviewer', { org: await world.orgId('西区') });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('ORG_NOT_FOUND');
    const unknown = await requestPackage('west_reviewer', { formats: ['txt'] });
    expect(unknown.status).toBe(400);
    const none = await requestPackage('west_reviewer', { formats: [] });
    expect(none.status).toBe(400);
  });

  it('says in Chinese that nothing is approved yet, before queueing anything', async () => {
    const refused = await requestPackage('district_reviewer', {});
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      code: 'NOTHING_TO_PUBLISH',
      message: '该单位及其下属单位还没有终审通过的报告，暂无公开年报可下载。',
    });
  });
});
