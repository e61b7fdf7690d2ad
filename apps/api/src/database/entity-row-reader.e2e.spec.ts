import { DataSource } from 'typeorm';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { startTestApp } from '../../test/support/test-app';
import type { StorageMode, TestApp } from '../../test/support/test-app';
import { Campaign } from '../modules/campaigns/entities/campaign.entity';
import { Org } from '../modules/orgs/entities/org.entity';
import { Report } from '../modules/reports/entities/report.entity';
import { User } from '../modules/users/entities/user.entity';
import { EntityRowReader, firstRow } from './entity-row-reader';

// The reader replaces the query builder on the hottest lookups: it must hydrate exactly the same entities (dates,
// booleans, JSON and array columns, nulls) on both databases.
describe.each<StorageMode>(['mysql', 'embedded'])('EntityRowReader (%s)', (mode) => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApp({ mode });
    dataSource = api.app.get(DataSource);
    // A report with every optional column filled in: a workflow comment, submission and approval times, an
    // explanation and a written narrative.
    await dataSource.getRepository(Report).update({ id: 1 }, {
      lastComment: '请补充说明',
      submittedAt: new Date('2026-01-15T08:30:00Z'),
      approvedAt: new Date('2026-02-01T00:00:00Z'),
      isOverdue: true,
      explanations: { 'R1:A1': '说明' },
      narrative: { preamble: [{ type: 'paragraph', text: '概述' }], sections: [] },
    } as Partial<Report> as never);
  });
  afterAll(() => api.close());

  async function expectSameAsQueryBuilder<T extends ObjectLiteral>(entity: EntityTarget<T>): Promise<void> {
    const reader = new EntityRowReader(dataSource, entity, 'subject');
    const sql = `SELECT ${reader.selectList} FROM ${reader.from} WHERE ${reader.column('id')} = ?`;
    const expected = await dataSource.getRepository(entity).find({ order: { id: 'ASC' } as never });
    expect(expected.length).toBeGreaterThan(0);
    for (const entityFromQueryBuilder of expected) {
      const row = await firstRow(dataSource, sql, [entityFromQueryBuilder.id]);
      expect(reader.read(row as Record<string, unknown>)).toEqual(entityFromQueryBuilder);
    }
  }

  it('reads reports as the query builder does', () => expectSameAsQueryBuilder(Report));
  it('reads orgs, campaigns and users as the query builder does', async () => {
    await expectSameAsQueryBuilder(Org);
    await expectSameAsQueryBuilder(Campaign);
    await expectSameAsQueryBuilder(User);
  });

  it('finds no row for an id that does not exist', async () => {
    const reader = new EntityRowReader(dataSource, Report, 'report');
    const sql = `SELECT ${reader.selectList} FROM ${reader.from} WHERE ${reader.column('id')} = ?`;
    expect(await firstRow(dataSource, sql, [987_654])).toBeUndefined();
  });
});
