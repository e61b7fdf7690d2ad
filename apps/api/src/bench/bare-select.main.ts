import 'reflect-metadata';
import { Controller, Get, Module, Param, ParseIntPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { validateConfig } from '../config/config-variables';
import { databaseOptions } from '../config/database-options';

/**
 * The benchmark's yardstick: a bare NestJS endpoint doing one indexed SELECT on the same database, no auth, no
 * rules. The API's figures are reported as ratios to this one, measured in the same run on the same machine.
 */
@Controller('bare')
class BareSelectController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('orgs/:id')
  org(@Param('id', ParseIntPipe) id: number): Promise<unknown> {
    return this.dataSource.query('SELECT id, name, path FROM orgs WHERE id = ?', [id]);
  }
}

const config = validateConfig({ ...process.env, DB_MODE: 'mysql' });

@Module({ imports: [TypeOrmModule.forRoot(databaseOptions(config))], controllers: [BareSelectController] })
class BareSelectModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareSelectModule, { logger: ['error'] });
  await app.listen(config.PORT);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
