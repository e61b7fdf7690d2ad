import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FORMAT_IDS } from '@nianbao/rules';
import type { FormatId } from '@nianbao/rules';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateCampaignInput {
  @ApiProperty({ example: '2025 年度政府信息公开工作年度报告' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2008)
  @Max(2100)
  reportYear: number;

  @ApiProperty({ enum: FORMAT_IDS, example: '2021' })
  @IsIn(FORMAT_IDS)
  formatId: FormatId;

  @ApiProperty({ example: '2026-01-31T16:00:00.000Z' })
  @Type(() => Date)
  @IsDate()
  deadline: Date;

  @ApiPropertyOptional({ type: [Number], description: '须填报的单位；不填则为本单位下属的全部单位' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  orgIds?: number[];
}
