import { ApiProperty } from '@nestjs/swagger';
import { WORK_APP_LEVELS, WORK_APP_PLATFORMS } from '../entities/work-app-config.entity';
import type { WorkAppLevel, WorkAppPlatform } from '../entities/work-app-config.entity';

/** The configuration as the admin app shows it: secrets only as “set / not set”. */
export class WorkAppConfigOutput {
  @ApiProperty()
  orgId: number;

  @ApiProperty({ description: '是否已保存过配置' })
  isConfigured: boolean;

  @ApiProperty({ enum: WORK_APP_PLATFORMS })
  platform: WorkAppPlatform;

  @ApiProperty()
  isEnabled: boolean;

  @ApiProperty()
  corpId: string;

  @ApiProperty()
  agentId: string;

  @ApiProperty()
  apiBaseUrl: string;

  @ApiProperty()
  oauthBaseUrl: string;

  @ApiProperty()
  h5Url: string;

  @ApiProperty({ enum: WORK_APP_LEVELS, isArray: true })
  levels: WorkAppLevel[];

  @ApiProperty()
  hasSecret: boolean;

  @ApiProperty()
  hasCallbackToken: boolean;

  @ApiProperty()
  hasEncodingAesKey: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: '填入应用“接收消息”的 URL 路径（拼在本系统域名后）',
  })
  callbackPath: string | null;

  @ApiProperty({ type: String, nullable: true, description: '应用主页 / 工作台入口的 H5 地址' })
  homeUrl: string | null;

  @ApiProperty({ type: Number, nullable: true })
  version: number | null;

  @ApiProperty({ type: Date, nullable: true })
  updatedAt: Date | null;
}
