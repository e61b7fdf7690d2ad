import { DataSource } from 'typeorm';
import { startTestApp } from '../../test/support/test-app';
import type { StorageMode, TestApp } from '../../test/support/test-app';
import { AuditEntry } from '../modules/audit/entities/audit-entry.entity';
import { Report } from '../modules/reports/entities/report.entity';
import { insertRow, updateWhere } from './entity-row-writer';

// The writes of every workflow action: what they store must read back through TypeORM exactly as written, on both
// databases, and the conditional update must count only the rows it changed.
describe.each<StorageMode>(['mysql', 'embedded'])('updateWhere and insertRow (%s)', (mode) => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApp({ mode });
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('updates the row whose state and version match, raises its version, and nothing else', async () => {
    const reports = dataSource.getRepository(Report);
    const before = await reports.findOneByOrFail({ id: 1 });
    const changes = {
      state: 'pending_unit' as const,
      lastAction: 'submit' as const,
      lastComment: null,
      submittedAt: new Date('2026-03-01T09:15:30Z'),
      isOverdue: true,
    };
    const stale = await dataSource.transaction((manager) =>
      updateWhere(
        manager,
        Report,
        changes,
        { id: 1, state: before.state, version: before.version + 1 },
        'version',
      ),
    );
    expect(stale).toBe(0);
    expect(await reports.findOneByOrFail({ id: 1 })).toEqual(before);

    const updated = await dataSource.transaction((manager) =>
      updateWhere(
        manager,
        Report,
        changes,
        { id: 1, state: before.state, version: before.version },
        'version',
      ),
    );
    expect(updated).toBe(1);
    expect(await reports.findOneByOrFail({ id: 1 })).toEqual({
      ...before,
      ...changes,
      version: before.version + 1,
    });
  });

  it('inserts a row that reads back as written', async () => {
    const entry = {
      at: new Date('2026-03-01T09:15:30Z'),
      userId: null,
      action: 'report.approve',
      entityType: 'report',
      entityId: 7,
      orgPath: '/1/2/',
      detail: { from: 'pending_city', to: 'approved', comment: '同意' },
    };
    await insertRow(dataSource.manager, AuditEntry, entry);
    const stored = await dataSource
      .getRepository(AuditEntry)
      .findOneOrFail({ where: {}, order: { id: 'DESC' } });
    expect(stored).toEqual({ id: stored.id, ...entry });
  });
});
