import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class TemplateQuery {
  @ApiPropertyOptional({ description: '单位 id：模板中预填该单位名称' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  org?: number;

  @ApiPropertyOptional({ description: '报告年度：模板中预填' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
