import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_FIGURE_IDS, REPORT_SHARES } from '@nianbao/rules';
import { ORG_TYPES } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const MEASURE_IDS: readonly string[] = [
  ...REPORT_FIGURE_IDS,
  ...REPORT_SHARES.map((share) => share.id),
];

export class OrgScopeQuery {
  @ApiPropertyOptional({ description: '单位 id（默认为本人所在单位）；统计其下属单位的报告' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  org?: number;
}

export class TrendQuery extends OrgScopeQuery {
  @ApiPropertyOptional({
    enum: ['jurisdiction', 'org'],
    description: 'jurisdiction：下属单位合计（与汇总口径相同，默认）；org：该单位本级报告',
  })
  @IsOptional()
  @IsIn(['jurisdiction', 'org'])
  of?: 'jurisdiction' | 'org';

  @ApiPropertyOptional({ description: '起始年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  from?: number;

  @ApiPropertyOptional({ description: '截止年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  to?: number;
}

export class YearAcrossOrgsQuery extends OrgScopeQuery {
  @ApiProperty({ description: '年度' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ enum: ORG_TYPES, description: '只看此类单位' })
  @IsOptional()
  @IsIn(ORG_TYPES)
  orgType?: OrgType;

  @ApiPropertyOptional({ description: '只看此区/县（单位 id）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  district?: number;
}

export class RankingQuery extends YearAcrossOrgsQuery {
  @ApiProperty({ enum: MEASURE_IDS, description: '指标：数值（如 received）或占比（如 withheldShare）' })
  @IsIn(MEASURE_IDS)
  measure: string;

  @ApiPropertyOptional({ enum: ['desc', 'asc'], description: '排序，默认从大到小' })
  @IsOptional()
  @IsIn(['desc', 'asc'])
  order?: 'desc' | 'asc';

  @ApiPropertyOptional({ description: '返回前多少名（默认 50，最多 1000）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class TimelineQuery extends OrgScopeQuery {
  @ApiProperty({ description: '填报任务 id' })
  @Type(() => Number)
  @IsInt()
  campaign: number;
}
