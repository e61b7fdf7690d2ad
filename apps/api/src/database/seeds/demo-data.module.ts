import { Injectable, Logger, Module } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigVariables } from '../../config/config-variables';
import { seedDemoData } from './seed-demo-data';

/** In the embedded mode with DEMO_MODE on, an empty database is filled with the demo data at start. */
@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigVariables,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.DB_MODE !== 'embedded' || !this.config.DEMO_MODE) return;
    if (await seedDemoData(this.dataSource, { mustChangePassword: false })) {
      this.logger.log('演示数据已载入（账号密码 nianbao-demo）');
    }
  }
}

@Module({ providers: [DemoDataLoader] })
export class DemoDataModule {}
