import { DemoWorld } from '../../../test/support/demo-world';
import { startTestApp } from '../../../test/support/test-app';
import type { TestApp } from '../../../test/support/test-app';

interface Run {
  text?: string;
  number?: Record<string, unknown>;
}
interface DraftParagraph {
  sectionId: string | null;
  subsectionId: string | null;
  topic: string;
  text: string;
  runs: Run[];
}

const RECEIVED = 'T21.B.A1.TOT';

describe('live numbers and 生成初稿 (MariaDB)', () => {
  let api: TestApp;
  let world: DemoWorld;
  let reportId: number;

  const current = async () => (await api.get(`/api/reports/${reportId}`, 'submitter')).body;
  const onRequestText = (report: {
    narrative: { sections: { subsections: { id: string; blocks: { text: string }[] }[] }[] };
  }) =>
    report.narrative.sections[0].subsections.find((sub) => sub.id === 'overview-on-request')!.blocks[0].text;

  beforeAll(async () => {
    api = await startTestApp({ mode: 'mysql' });
    world = new DemoWorld(api);
    await world.createUser('west_submitter', '西城街道', ['submitter', 'unit_leader']);
    reportId = (await world.report(await world.campaignId(2025), '东城街道')).id;
  });

  afterAll(() => api.close());

  it('proposes the paragraphs of 一、总体情况 with every number live, and saves nothing', async () => {
    const before = await current();
    const draft = await api.get(`/api/reports/${reportId}/narrative-draft`, 'submitter');
    expect(draft.status).toBe(200);
    expect(draft.body.previous).toMatchObject({ reportYear: 2024, formatId: '2021' });
    const paragraphs: DraftParagraph[] = draft.body.paragraphs;
    expect(paragraphs.map((paragraph) => paragraph.subsectionId)).toEqual([
      'overview-proactive',
      'overview-on-request',
      'overview-on-request',
    ]);
    const received = before.values[RECEIVED] ?? 0;
    expect(paragraphs[1].text).toContain(`政府信息公开申请${received}件，同比`);
    expect(paragraphs[1].runs).toContainEqual({ number: { kind: 'figure', figure: 'RECEIVED' } });
    expect((await current()).version).toBe(before.version);

    const other = await api.get(`/api/reports/${reportId}/narrative-draft?variant=1`, 'submitter');
    expect(other.body.paragraphs[1].text).not.toBe(paragraphs[1].text);
    const bad = await api.get(`/api/reports/${reportId}/narrative-draft?variant=abc`, 'submitter');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('variant');
  });

  it('stores the inserted draft; a table change updates the text, and the history shows old and new', async () => {
    const before = await current();
    const { paragraphs } = (await api.get(`/api/reports/${reportId}/narrative-draft`, 'submitter')).body as {
      paragraphs: DraftParagraph[];
    };
    const inserted = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: before.values,
      narrative: {
        sections: [
          {
            id: 'overview',
            subsections: [
              { id: 'overview-on-request', blocks: [{ type: 'paragraph', runs: paragraphs[1].runs }] },
            ],
          },
        ],
      },
    });
    expect(inserted.status).toBe(200);
    const oldValue = before.values[RECEIVED] ?? 0;
    expect(onRequestText(inserted.body)).toContain(`政府信息公开申请${oldValue}件`);

    const newValue = oldValue + 17;
    const changed = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: inserted.body.version,
      values: { ...before.values, [RECEIVED]: newValue },
    });
    expect(changed.status).toBe(200);
    expect(onRequestText(changed.body)).toContain(`政府信息公开申请${newValue}件`);

    const html = await api.get(`/api/reports/${reportId}/document.html`, 'submitter');
    expect(html.text.replace(/\s+/g, '')).toContain(`政府信息公开申请${newValue}件`);

    const history = (await api.get(`/api/reports/${reportId}/history`, 'submitter')).body;
    const printedIn = (version: number) =>
      history.versions
        .find((entry: { version: number }) => entry.version === version)
        .liveNumbers.filter((entry: { source: string }) => entry.source.startsWith('收到申请数'))
        .map((entry: { text: string }) => entry.text);
    expect(printedIn(changed.body.version)).toContain(`${newValue}件`);
    expect(printedIn(inserted.body.version)).toContain(`${oldValue}件`);

    const validation = (await api.get(`/api/reports/${reportId}/validation`, 'submitter')).body;
    expect(
      validation.violations.filter((v: { ruleId: string }) => v.ruleId.startsWith('NARRATIVE-')),
    ).toEqual([]);
    // The tables as they were: the next tests submit, and 新收 alone changed breaks the table's sums.
    await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: changed.body.version,
      values: before.values,
    });
  });

  it('refuses a reference to a cell the format does not have with 400 and keeps the stored narrative', async () => {
    const before = await current();
    const refused = await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: before.values,
      narrative: {
        sections: [
          {
            id: 'problems',
            blocks: [
              {
                type: 'paragraph',
                runs: [{ text: '共' }, { number: { kind: 'cells', cells: ['T19.B.A1.TOT'] } }],
              },
            ],
          },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'INVALID_NARRATIVE' });
    expect(refused.body.message).toContain('“T19.B.A1.TOT”在2021 格式（2021 年度起）的统计表中不存在');
    const after = await current();
    expect(after.version).toBe(before.version);
    expect(after.narrative).toEqual(before.narrative);
  });

  it('a typed number contradicting a cell is a SOFT finding that needs a 说明 before submitting', async () => {
    const before = await current();
    const received = before.values[RECEIVED] ?? 0;
    await api.put(`/api/reports/${reportId}`, 'submitter', {
      version: before.version,
      values: before.values,
      narrative: {
        sections: [
          {
            id: 'overview',
            subsections: [
              {
                id: 'overview-on-request',
                blocks: [{ type: 'paragraph', text: `本年度共收到政府信息公开申请${received + 5}件。` }],
              },
            ],
          },
        ],
      },
    });
    const validation = (await api.get(`/api/reports/${reportId}/validation`, 'submitter')).body;
    const finding = validation.violations.find(
      (v: { ruleId: string }) => v.ruleId === 'NARRATIVE-APPLICATIONS',
    );
    expect(finding).toMatchObject({ severity: 'SOFT', explanation: null });
    expect(finding.message).toContain(`为 ${received}`);
    const refused = await world.act(reportId, 'submit', 'submitter');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UNEXPLAINED_SOFT');
  });

  it('answers 404 to a submitter of another branch of the tree', async () => {
    expect((await api.get(`/api/reports/${reportId}/narrative-draft`, 'west_submitter')).status).toBe(404);
    expect((await api.get(`/api/reports/${reportId}/history`, 'west_submitter')).status).toBe(404);
  });
});
