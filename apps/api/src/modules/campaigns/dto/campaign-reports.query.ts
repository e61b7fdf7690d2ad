import { ApiPropertyOptional } from '@nestjs/swagger';
import { REPORT_STATES } from '@nianbao/workflow';
import type { ReportState } from '@nianbao/workflow';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional } from 'class-validator';

export class CampaignReportsQuery {
  @ApiPropertyOptional({ enum: REPORT_STATES })
  @IsOptional()
  @IsIn(REPORT_STATES)
  state?: ReportState;

  @ApiPropertyOptional({ description: '只看此单位及其下属单位' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  org?: number;

  @ApiPropertyOptional({ description: 'true 只看逾期的，false 只看未逾期的' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class SubtreeQuery {
  @ApiPropertyOptional({ description: '单位 id（默认为本人所在单位）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  org?: number;
}
