import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { WORK_APP_LEVELS, WORK_APP_PLATFORMS } from '../entities/work-app-config.entity';
import type { WorkAppLevel, WorkAppPlatform } from '../entities/work-app-config.entity';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** Secrets are write-only: leave one out (or empty) to keep the stored value. */
export class WorkAppConfigInput {
  @ApiProperty({ enum: WORK_APP_PLATFORMS, description: 'wxwork 企业微信；govwx 政务微信' })
  @IsIn(WORK_APP_PLATFORMS)
  platform: WorkAppPlatform;

  @ApiProperty({ description: '是否启用' })
  @IsBoolean()
  isEnabled: boolean;

  @ApiProperty({ description: '企业 ID（CorpID）' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: '企业 ID 只含字母、数字、下划线和连字符' })
  corpId: string;

  @ApiProperty({ description: '应用 AgentId' })
  @IsString()
  @Matches(/^\d{1,32}$/, { message: 'AgentId 须为数字' })
  agentId: string;

  @ApiProperty({ description: '接口地址，企业微信为 https://qyapi.weixin.qq.com，政务微信填本地部署的域名' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(255)
  apiBaseUrl: string;

  @ApiProperty({ description: '网页授权地址，企业微信为 https://open.weixin.qq.com' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(255)
  oauthBaseUrl: string;

  @ApiProperty({
    description: '本系统 H5 地址（卡片链接、网页授权回调），如 https://nianbao.example.gov.cn/m/',
  })
  @IsUrl(URL_OPTIONS)
  @MaxLength(255)
  h5Url: string;

  @ApiPropertyOptional({ description: '应用 Secret；留空则保留原值' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  secret?: string;

  @ApiPropertyOptional({ description: '接收消息的 Token；留空则保留原值' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  callbackToken?: string;

  @ApiPropertyOptional({ description: '接收消息的 EncodingAESKey（43 位）；留空则保留原值' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  encodingAesKey?: string;

  @ApiProperty({ enum: WORK_APP_LEVELS, isArray: true, description: '发送审批卡片的审核层级' })
  @IsArray()
  @ArrayUnique()
  @IsIn(WORK_APP_LEVELS, { each: true })
  levels: WorkAppLevel[];

  @ApiPropertyOptional({ description: '修改时看到的版本号；首次配置不填' })
  @IsOptional()
  @IsInt()
  version?: number;
}
