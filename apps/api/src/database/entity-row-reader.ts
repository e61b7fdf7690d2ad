import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Reads one entity out of the rows of a hand-written SELECT, for the few lookups every request makes (the signed-in
 * user, the report being acted on). TypeORM's query builder rebuilds the SQL text and re-derives the row mapping on
 * every call, which under load cost more CPU than the query itself; here both are derived once from the entity's
 * metadata, and each value is converted by the driver exactly as TypeORM would (dates, booleans, JSON columns), so
 * the entity is the same as the query builder's — on MySQL and on the embedded SQLite alike.
 */
export class EntityRowReader<T extends ObjectLiteral> {
  /** `alias`.`column` AS `alias_column`, … — the select list to put in the query. */
  readonly selectList: string;
  /** The entity's table, quoted for this database, followed by the alias. */
  readonly from: string;
  private readonly columns: { column: ColumnMetadata; key: string }[];
  private readonly create: () => T;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    readonly alias: string,
  ) {
    const { driver } = dataSource;
    const metadata = dataSource.getMetadata(entity);
    this.columns = metadata.columns
      .filter((column) => column.isSelect && !column.isVirtual)
      .map((column) => ({ column, key: `${alias}_${column.databaseName}` }));
    this.selectList = this.columns
      .map(
        ({ column, key }) =>
          `${driver.escape(alias)}.${driver.escape(column.databaseName)} AS ${driver.escape(key)}`,
      )
      .join(', ');
    this.from = `${driver.escape(metadata.tablePath)} ${driver.escape(alias)}`;
    this.create = () => metadata.create() as T;
  }

  /** `alias`.`column`, quoted, for conditions. */
  column(propertyName: keyof T & string): string {
    const found = this.columns.find(({ column }) => column.propertyName === propertyName);
    if (!found) throw new Error(`${this.alias} has no column ${propertyName}`);
    const { driver } = this.dataSource;
    return `${driver.escape(this.alias)}.${driver.escape(found.column.databaseName)}`;
  }

  read(row: Record<string, unknown>): T {
    const entity = this.create();
    const { driver } = this.dataSource;
    for (const { column, key } of this.columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}

/** The first row a query answers, if any. */
export async function firstRow(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown> | undefined> {
  const rows = (await dataSource.query(sql, parameters)) as Record<string, unknown>[];
  return rows[0];
}
