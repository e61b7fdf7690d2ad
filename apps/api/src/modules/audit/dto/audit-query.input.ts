import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export class AuditQuery {
  @ApiPropertyOptional({ enum: ['org', 'user', 'campaign', 'report'] })
  @IsOptional()
  @IsIn(['org', 'user', 'campaign', 'report'])
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  entityId?: number;

  @ApiPropertyOptional({ example: 'report.approve' })
  @IsOptional()
  @IsString()
  action?: string;

  @ApiPropertyOptional({ description: '分页：只返回 id 小于此值的记录' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  beforeId?: number;

  @ApiPropertyOptional({ default: 100, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
