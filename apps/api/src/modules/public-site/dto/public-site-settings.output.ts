import { ApiProperty } from '@nestjs/swagger';
import { ORG_TYPES } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';

export class PublicSiteSettingsOutput {
  @ApiProperty({ description: '专栏标题' })
  title: string;

  @ApiProperty({ description: '主办单位（页脚）' })
  organizer: string;

  @ApiProperty({ description: '网站标识码' })
  siteCode: string;

  @ApiProperty({ description: 'ICP 备案号' })
  icpRecord: string;

  @ApiProperty({ description: '公安机关备案号' })
  policeRecord: string;

  @ApiProperty({ enum: ORG_TYPES, isArray: true, description: '专栏列出的单位层级' })
  visibleOrgTypes: OrgType[];

  @ApiProperty({ example: '/gk/', description: '专栏首页（本站路径）' })
  siteUrl: string;
}
