import { SIX_NARRATIVE_SECTIONS } from '@nianbao/rules';
import { DEMO_LAST_YEAR_PROBLEMS } from '../../database/seeds/demo-narrative';
import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

const paragraph = (text: string) => ({ type: 'paragraph', text });

function narrativeWith(overview: string, problems: string) {
  return {
    preamble: [],
    sections: [
      { id: 'overview', title: '一、总体情况', blocks: [paragraph(overview)], subsections: [] },
      {
        id: 'problems',
        title: '五、存在的主要问题及改进情况',
        blocks: [paragraph(problems)],
        subsections: [],
      },
    ],
  };
}

const APPROVAL_CHAIN: [string, string][] = [
  ['submit', 'submitter'],
  ['approve', 'unit_leader'],
  ['approve', 'district_reviewer'],
  ['approve', 'district_leader'],
  ['approve', 'city_reviewer'],
  ['approve', 'city_leader'],
];

describe('narrative, documents and publication (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let reportId: number;
  let campaignId: number;

  const current = async () => (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
  /** A binary download, its body as bytes. */
  const download = async (path: string, username: string) =>
    api
      .http()
      .get(path)
      .set('authorization', `Bearer ${await api.token(username)}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_submitter', '西城街道', ['submitter', 'unit_leader']);
    await world.createUser('west_reviewer', '西区', ['reviewer', 'leader']);
    campaignId = await world.campaignId(2025);
    reportId = (await world.report(campaignId, '东城街道')).id;
  });

  afterAll(() => api.close());

  it('stores the narrative with the report as a new version, laid out in the format’s six sections', async () => {
    const before = await current();
    expect(before.narrative.sections.map((section: { title: string }) => section.title)).toEqual([
      ...SIX_NARRATIVE_SECTIONS,
    ]);
    const saved = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: before.values,
      narrative: narrativeWith('本街道全年政务公开工作平稳有序。', '一是人员不足。'),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(before.version + 1);
    expect(saved.body.narrative.sections[0]).toMatchObject({
      id: 'overview',
      blocks: [paragraph('本街道全年政务公开工作平稳有序。')],
    });
    expect(saved.body.narrative.sections[0].subsections.map((sub: { title: string }) => sub.title)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);

    // Saving the values alone keeps the narrative.
    const valuesOnly = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: saved.body.version,
      values: before.values,
    });
    expect(valuesOnly.body.narrative.sections[4].blocks).toEqual([paragraph('一是人员不足。')]);

    // Each version keeps its narrative: restoring the first one brings its text back.
    const rewritten = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: valuesOnly.body.version,
      values: before.values,
      narrative: narrativeWith('改写后的总体情况。', ''),
    });
    expect(rewritten.body.narrative.sections[4].blocks).toEqual([]);
    const restored = await api.post(
      `/api/reports/${reportId}/versions/${saved.body.version}/restore`,
      'submitter',
      { version: rewritten.body.version },
    );
    expect(restored.status).toBe(201);
    expect(restored.body.narrative.sections[0].blocks).toEqual([
      paragraph('本街道全年政务公开工作平稳有序。'),
    ]);
  });

  it('refuses a stale narrative save with 409 and keeps the newer text', async () => {
    const { version, values } = await current();
    const stale = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: version - 1,
      values,
      narrative: narrativeWith('过期的文字。', ''),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await current()).narrative.sections[0].blocks).toEqual([
      paragraph('本街道全年政务公开工作平稳有序。'),
    ]);
  });

  it('refuses malformed narrative with a Chinese message naming the problem', async () => {
    const { version, values } = await current();
    const html = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version,
      values,
      narrative: { sections: [{ id: 'overview', blocks: [{ type: 'html', text: '<b>x</b>' }] }] },
    });
    expect(html.status).toBe(400);
    expect(html.body).toMatchObject({ code: 'INVALID_NARRATIVE' });
    expect(html.body.message).toContain('不是段落、标题或列表');
    const unknownSection = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version,
      values,
      narrative: { sections: [{ title: '七、附录', blocks: [] }] },
    });
    expect(unknownSection.status).toBe(400);
    expect(unknownSection.body.message).toContain('不是格式规定的部分');
    const tooLong = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version,
      values,
      narrative: narrativeWith('长'.repeat(30_000), ''),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('NARRATIVE_TOO_LONG');
  });

  it('offers last year’s text and warns of 内容雷同 when a section is copied', async () => {
    const previous = await api.get(`/api/reports/${reportId}/previous-narrative`, 'submitter');
    expect(previous.status).toBe(200);
    expect(previous.body.reportYear).toBe(2024);
    expect(previous.body.narrative.sections[4].blocks).toEqual([paragraph(DEMO_LAST_YEAR_PROBLEMS)]);

    const { version, values } = await current();
    await api.put(`/api/reports/${reportId}`, 'submitter', {
      version,
      values,
      narrative: narrativeWith('本街道全年政务公开工作平稳有序。', DEMO_LAST_YEAR_PROBLEMS),
    });
    const validation = (await api.get(`/api/reports/${reportId}/validation`, 'submitter')).body;
    expect(validation.violations).toContainEqual(
      expect.objectContaining({
        key: 'NARRATIVE-COPIED:problems',
        severity: 'SOFT',
        message: expect.stringContaining('内容雷同：“五、存在的主要问题及改进情况”与2024年报告'),
      }),
    );
  });

  it('will not submit while the text contradicts the tables without a 说明, and does once explained', async () => {
    const { version, values, explanations } = await current();
    const received = values['T21.B.A1.TOT'] ?? 0;
    const saved = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version,
      values,
      explanations: {},
      narrative: narrativeWith(`本年度共收到政府信息公开申请${received + 100}件。`, '一是人员不足。'),
    });
    expect(saved.status).toBe(200);
    const validation = (await api.get(`/api/reports/${reportId}/validation`, 'submitter')).body;
    const mismatch = validation.violations.find(
      (violation: { ruleId: string }) => violation.ruleId === 'NARRATIVE-APPLICATIONS',
    );
    expect(mismatch).toMatchObject({ severity: 'SOFT', explanation: null });
    expect(mismatch.message).toContain(`与统计表不符`);
    expect(validation.isSubmittable).toBe(false);

    const refused = await world.act(reportId, 'submit', 'submitter');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UNEXPLAINED_SOFT');

    const allExplained = Object.fromEntries(
      validation.violations
        .filter((violation: { severity: string }) => violation.severity === 'SOFT')
        .map((violation: { key: string }) => [violation.key, '申请数含来信转办件，正文口径不同。']),
    );
    expect(validation.hardViolations).toBe(0);
    await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: saved.body.version,
      values,
      explanations: { ...explanations, ...allExplained },
    });
    expect((await world.act(reportId, 'submit', 'submitter')).status).toBe(200);
  });

  it('renders the report as Word, web page and PDF, and answers 404 to another branch', async () => {
    const docx = await download(`/api/reports/${reportId}/document.docx`, 'submitter');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(docx.headers['content-disposition'])).toContain(
      '2025年政府信息公开工作年度报告.docx',
    );
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const html = await api.get(`/api/reports/${reportId}/document.html`, 'district_reviewer');
    expect(html.status).toBe(200);
    expect(html.text).toContain('一是人员不足。');
    expect(html.text).toContain('<th');

    const pdf = await download(`/api/reports/${reportId}/document.pdf`, 'submitter');
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    expect((await api.get(`/api/reports/${reportId}/document.txt`, 'submitter')).status).toBe(404);
    for (const format of ['docx', 'html', 'pdf']) {
      const foreign = await api.get(`/api/reports/${reportId}/document.${format}`, 'west_reviewer');
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('REPORT_NOT_FOUND');
    }
    expect((await api.get(`/api/reports/${reportId}/previous-narrative`, 'west_submitter')).status).toBe(404);
  });

  it('records the publication only after final approval, and progress counts it against the deadline', async () => {
    const early = await api.put(`/api/reports/${reportId}/publication`, 'submitter', {
      publishedAt: '2026-01-20',
      url: 'https://www.example.gov.cn/dongcheng/2025.html',
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOT_APPROVED');
    expect(early.body.message).toContain('报告尚未终审通过');

    for (const [action, username] of APPROVAL_CHAIN.slice(1)) {
      expect({
        action,
        username,
        status: (await world.act(reportId, action as 'approve', username)).status,
      }).toEqual({ action, username, status: 200 });
    }
    const before = (await api.get(`/api/reports/${reportId}/publication`, 'submitter')).body;
    expect(before).toMatchObject({ statutoryDeadline: '2026-01-31', isPublished: false, canRecord: true });

    const future = await api.put(`/api/reports/${reportId}/publication`, 'submitter', {
      publishedAt: '2999-01-01',
      url: 'https://www.example.gov.cn/a.html',
    });
    expect(future.status).toBe(400);
    expect(future.body.message).toBe('发布日期不能晚于今天。');
    const badUrl = await api.put(`/api/reports/${reportId}/publication`, 'submitter', {
      publishedAt: '2026-01-20',
      url: 'javascript:alert(1)',
    });
    expect(badUrl.status).toBe(400);

    const foreign = await api.put(`/api/reports/${reportId}/publication`, 'west_reviewer', {
      publishedAt: '2026-01-20',
      url: 'https://www.example.gov.cn/x.html',
    });
    expect(foreign.status).toBe(404);
    expect((await api.get(`/api/reports/${reportId}/publication`, 'west_submitter')).status).toBe(404);

    const late = { publishedAt: '2026-02-03', url: 'https://www.example.gov.cn/dongcheng/2025.html' };
    // A double click records once.
    const [first, second] = await Promise.all([
      api.put(`/api/reports/${reportId}/publication`, 'submitter', late),
      api.put(`/api/reports/${reportId}/publication`, 'submitter', late),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ isPublished: true, isOnTime: false, publishedAt: '2026-02-03' });

    const progressOf = async () => {
      const district = await world.orgId('东区');
      const progress = (
        await api.get(`/api/campaigns/${campaignId}/progress?org=${district}`, 'district_reviewer')
      ).body;
      return {
        overall: { published: progress.published, publishedOnTime: progress.publishedOnTime },
        township: progress.groups.find((group: { orgName: string }) => group.orgName === '东城街道'),
      };
    };
    expect((await progressOf()).overall).toEqual({ published: 1, publishedOnTime: 0 });

    const corrected = await api.put(`/api/reports/${reportId}/publication`, 'submitter', {
      ...late,
      publishedAt: '2026-01-31',
    });
    expect(corrected.body.isOnTime).toBe(true);
    const { overall, township } = await progressOf();
    expect(overall).toEqual({ published: 1, publishedOnTime: 1 });
    expect(township).toMatchObject({ published: 1, publishedOnTime: 1 });

    const audit = (await api.get(`/api/audit?entityType=report&entityId=${reportId}`, 'district_reviewer'))
      .body;
    expect(audit.filter((entry: { action: string }) => entry.action === 'report.publish')).toHaveLength(3);
  });
});

describe('documents in embedded mode (sql.js)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'embedded' });
  });

  afterAll(() => api.close());

  it('saves the narrative and renders it', async () => {
    const world = new DemoWorld(api);
    const { id } = await world.report(await world.campaignId(2025), '东城街道');
    const { version, values } = (await api.get(`/api/reports/${id}`, 'submitter')).body;
    const saved = await api.put(`/api/reports/${id}`, 'submitter', {
      version,
      values,
      narrative: narrativeWith('嵌入式模式下的正文。', ''),
    });
    expect(saved.status).toBe(200);
    const html = await api.get(`/api/reports/${id}/document.html`, 'submitter');
    expect(html.text).toContain('嵌入式模式下的正文。');
  });
});
