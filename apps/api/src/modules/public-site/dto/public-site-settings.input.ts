import { ApiProperty } from '@nestjs/swagger';
import { ORG_TYPES } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class PublicSiteSettingsInput {
  @ApiProperty({ example: '示范市政府信息公开工作年度报告专栏', description: '专栏标题' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title: string;

  @ApiProperty({ example: '示范市人民政府办公室', description: '主办单位（页脚）' })
  @IsString()
  @MaxLength(100)
  organizer: string;

  @ApiProperty({ example: '3300000001', description: '网站标识码' })
  @IsString()
  @MaxLength(32)
  siteCode: string;

  @ApiProperty({ example: '浙ICP备00000000号', description: 'ICP 备案号' })
  @IsString()
  @MaxLength(64)
  icpRecord: string;

  @ApiProperty({ example: '浙公网安备 33000002000001号', description: '公安机关备案号' })
  @IsString()
  @MaxLength(64)
  policeRecord: string;

  @ApiProperty({
    enum: ORG_TYPES,
    isArray: true,
    description: '专栏列出哪些层级的单位（市政府、市级部门、区县政府、区级部门、乡镇街道）',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(ORG_TYPES, { each: true })
  visibleOrgTypes: OrgType[];
}
