import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * The two writes of every workflow action — the report's conditional UPDATE and its audit INSERT — as plain SQL made
 * from the entity's metadata, each value converted by the driver exactly as TypeORM's query builders convert it
 * (dates, booleans, JSON columns), on MySQL and on the embedded SQLite alike. The query builders cost about as much
 * CPU again as the statements themselves; see docs/performance.md.
 */
function columnOf(manager: EntityManager, metadata: EntityMetadata, propertyName: string) {
  const column = metadata.findColumnWithPropertyName(propertyName);
  if (!column) throw new Error(`${metadata.name} has no column ${propertyName}`);
  return { column, quoted: manager.dataSource.driver.escape(column.databaseName) };
}

function assignments<T extends ObjectLiteral>(
  manager: EntityManager,
  metadata: EntityMetadata,
  values: Partial<T>,
): { columns: string[]; parameters: unknown[] } {
  const columns: string[] = [];
  const parameters: unknown[] = [];
  for (const [propertyName, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const { column, quoted } = columnOf(manager, metadata, propertyName);
    columns.push(quoted);
    parameters.push(manager.dataSource.driver.preparePersistentValue(value, column));
  }
  return { columns, parameters };
}

/**
 * `UPDATE … SET changes, increment = increment + 1 WHERE every property of where equals`; answers how many rows
 * changed. Runs on the transaction `manager` belongs to.
 */
export async function updateWhere<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  changes: Partial<T>,
  where: Partial<T>,
  increment: keyof T & string,
): Promise<number> {
  if (!manager.queryRunner) throw new Error('updateWhere runs inside a transaction');
  const metadata = manager.dataSource.getMetadata(entity);
  const set = assignments(manager, metadata, changes);
  const condition = assignments(manager, metadata, where);
  const incremented = columnOf(manager, metadata, increment).quoted;
  const sql =
    `UPDATE ${manager.dataSource.driver.escape(metadata.tablePath)}` +
    ` SET ${[...set.columns.map((column) => `${column} = ?`), `${incremented} = ${incremented} + 1`].join(', ')}` +
    ` WHERE ${condition.columns.map((column) => `${column} = ?`).join(' AND ')}`;
  const result = await manager.queryRunner.query(sql, [...set.parameters, ...condition.parameters], true);
  return result.affected ?? 0;
}

/** `INSERT INTO … (columns) VALUES (…)` of one row, without reading anything back. */
export async function insertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<void> {
  const metadata = manager.dataSource.getMetadata(entity);
  const { columns, parameters } = assignments(manager, metadata, values);
  await manager.query(
    `INSERT INTO ${manager.dataSource.driver.escape(metadata.tablePath)} (${columns.join(', ')})` +
      ` VALUES (${columns.map(() => '?').join(', ')})`,
    parameters,
  );
}
