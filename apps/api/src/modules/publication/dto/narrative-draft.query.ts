import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class NarrativeDraftQuery {
  @ApiPropertyOptional({ description: '措辞方案（0–9），换一种说法；默认 0' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(9)
  variant?: number;
}
