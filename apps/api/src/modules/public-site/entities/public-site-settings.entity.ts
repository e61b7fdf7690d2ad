import type { OrgType } from '@nianbao/workflow';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The 年报专栏's title, footer (网站标识码, ICP/公安备案) and which org levels it lists; one row, set by the city. */
@Entity('public_site_settings')
export class PublicSiteSettings {
  /** Always 1: the installation serves one jurisdiction's site. */
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** 主办单位 printed in the footer. */
  @Column({ type: 'varchar', length: 100 })
  organizer: string;

  /** 网站标识码 (政府网站 identification code). */
  @Column({ type: 'varchar', length: 32 })
  siteCode: string;

  @Column({ type: 'varchar', length: 64 })
  icpRecord: string;

  @Column({ type: 'varchar', length: 64 })
  policeRecord: string;

  @Column({ type: 'simple-array' })
  visibleOrgTypes: OrgType[];

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
