import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2';
import type { Connection } from 'mysql2/promise';
import { INFRA_FOLDER } from './support/infra-files';
import {
  connect,
  dropDatabase,
  mysqlEnvironment,
  run,
  seedDemoDatabase,
  throwawayDatabaseName,
} from './support/throwaway-database';

const BACKUP = path.join(INFRA_FOLDER, 'backup/backup.sh');
const RESTORE = path.join(INFRA_FOLDER, 'backup/restore.sh');

interface Fingerprint {
  rowCounts: Record<string, number>;
  checksums: Record<string, string>;
  reports: unknown[];
  versions: unknown[];
}

/** Every table's row count and content checksum, and the reports and their versions row by row. */
async function fingerprint(connection: Connection): Promise<Fingerprint> {
  const [tables] = await connection.query<({ name: string } & RowDataPacket)[]>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
  );
  const rowCounts: Record<string, number> = {};
  const checksums: Record<string, string> = {};
  for (const { name } of tables) {
    const [[count]] = await connection.query<({ n: number } & RowDataPacket)[]>(
      `SELECT COUNT(*) AS n FROM \`${name}\``,
    );
    rowCounts[name] = Number(count.n);
    const [[checksum]] = await connection.query<({ Checksum: string } & RowDataPacket)[]>(
      `CHECKSUM TABLE \`${name}\` EXTENDED`,
    );
    checksums[name] = String(checksum.Checksum);
  }
  const [reports] = await connection.query('SELECT * FROM reports ORDER BY id');
  const [versions] = await connection.query('SELECT * FROM report_versions ORDER BY id');
  return { rowCounts, checksums, reports: reports as unknown[], versions: versions as unknown[] };
}

describe('backup.sh and restore.sh on the real MariaDB', () => {
  const database = throwawayDatabaseName('backup_test');
  const backupDir = mkdtempSync(path.join(tmpdir(), 'nianbao-backups-'));
  const environment = { ...mysqlEnvironment(database), BACKUP_DIR: backupDir };

  beforeAll(() => seedDemoDatabase(database));
  afterAll(async () => {
    await dropDatabase(database);
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('backs up the demo database, which after a wipe and a restore has every report and version intact', async () => {
    let connection = await connect(database);
    const before = await fingerprint(connection);
    await connection.end();
    expect(before.reports.length).toBeGreaterThan(10);
    expect(before.versions.length).toBeGreaterThan(10);

    const { stdout } = await run('bash', [BACKUP], { env: environment });
    const dumpFile = stdout.trim();
    expect(path.basename(dumpFile)).toMatch(new RegExp(`^${database}-\\d{8}T\\d{6}Z\\.sql\\.gz$`));
    expect(readdirSync(backupDir)).toEqual([path.basename(dumpFile)]);

    await dropDatabase(database);
    connection = await connect();
    const [remaining] = await connection.query('SHOW DATABASES LIKE ?', [database]);
    await connection.end();
    expect(remaining).toEqual([]);

    await run('bash', [RESTORE, dumpFile], { env: environment });
    connection = await connect(database);
    const after = await fingerprint(connection);
    await connection.end();
    expect(after).toEqual(before);
  });

  it('deletes dumps older than the retention and keeps newer ones and other files', async () => {
    const old = path.join(backupDir, `${database}-20200101T000000Z.sql.gz`);
    const recent = path.join(backupDir, `${database}-20990101T000000Z.sql.gz`);
    const unrelated = path.join(backupDir, 'notes.txt');
    for (const file of [old, recent, unrelated]) writeFileSync(file, '');
    const twentyDaysAgo = Date.now() / 1000 - 20 * 24 * 3600;
    utimesSync(old, twentyDaysAgo, twentyDaysAgo);
    utimesSync(unrelated, twentyDaysAgo, twentyDaysAgo);

    const { stdout } = await run('bash', [BACKUP], { env: { ...environment, BACKUP_RETENTION_DAYS: '14' } });
    const files = readdirSync(backupDir);
    expect(files).toContain(path.basename(stdout.trim()));
    expect(files).toContain(path.basename(recent));
    expect(files).toContain('notes.txt');
    expect(files).not.toContain(path.basename(old));
  });

  it('a failed dump leaves no file that looks like a backup, and says why', async () => {
    const failing = run('bash', [BACKUP], {
      env: { ...environment, MYSQL_DATABASE: 'no_such_database_here' },
    });
    await expect(failing).rejects.toMatchObject({ stderr: expect.stringMatching(/Unknown database/i) });
    expect(readdirSync(backupDir).filter((file) => file.startsWith('no_such_database_here'))).toEqual([]);
  });

  it('restore refuses a truncated file in Chinese before touching any database', async () => {
    const truncated = path.join(backupDir, 'truncated.sql.gz');
    writeFileSync(truncated, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]));
    const refused = run('bash', [RESTORE, truncated, database], { env: environment });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining('不是完整的 gzip 文件') });
  });
});
