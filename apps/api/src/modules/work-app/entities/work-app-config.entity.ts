import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** Which review levels send approval cards: 单位负责人, 区 (审核员 and 分管领导), 市 (审核员 and 分管领导). */
export const WORK_APP_LEVELS = ['unit', 'district', 'city'] as const;
export type WorkAppLevel = (typeof WORK_APP_LEVELS)[number];

export const WORK_APP_PLATFORMS = ['wxwork', 'govwx'] as const;
export type WorkAppPlatform = (typeof WORK_APP_PLATFORMS)[number];

/**
 * One city's self-built app (自建应用) in 企业微信 or 政务微信. The secret, the callback token and the
 * EncodingAESKey are stored sealed (AES-256-GCM, see SecretBox), never in plain text.
 */
@Entity('work_app_configs')
export class WorkAppConfig {
  @PrimaryGeneratedColumn()
  id: number;

  /** The city org this app serves: reports of its subtree go through it. */
  @Index('uq_work_app_configs_org', { unique: true })
  @Column({ type: 'int' })
  orgId: number;

  @Column({ type: 'varchar', length: 16 })
  platform: WorkAppPlatform;

  @Column({ type: 'boolean' })
  isEnabled: boolean;

  @Column({ type: 'varchar', length: 64 })
  corpId: string;

  @Column({ type: 'varchar', length: 32 })
  agentId: string;

  /** https://qyapi.weixin.qq.com for 企业微信; 政务微信 deployments have their own domain. */
  @Column({ type: 'varchar', length: 255 })
  apiBaseUrl: string;

  /** Where the OAuth2 authorize page lives (https://open.weixin.qq.com for 企业微信). */
  @Column({ type: 'varchar', length: 255 })
  oauthBaseUrl: string;

  /** This system's H5 app as the work app reaches it, e.g. https://nianbao.example.gov.cn/m/ (links on cards). */
  @Column({ type: 'varchar', length: 255 })
  h5Url: string;

  @Column({ type: 'text' })
  secretSealed: string;

  @Column({ type: 'text' })
  callbackTokenSealed: string;

  @Column({ type: 'text' })
  encodingAesKeySealed: string;

  @Column({ type: 'simple-array' })
  levels: WorkAppLevel[];

  @Column({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'int' })
  updatedById: number;

  @VersionColumn()
  version: number;
}
