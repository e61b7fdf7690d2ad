import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional } from 'class-validator';
import { NarrativeDto } from './narrative.dto';

export class SaveReportInput {
  @ApiProperty({ description: '所修改的版本号；报告已被他人修改时返回 409，本次修改不保存' })
  @IsInt()
  version: number;

  @ApiProperty({
    description: '单元格值，键为单元格代码，值为数字或 null（未填）',
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
  })
  @IsObject()
  values: Record<string, number | null>;

  @ApiPropertyOptional({
    description: '提示性问题的说明，键为校验结果中的 key',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  explanations?: Record<string, string>;

  @ApiPropertyOptional({
    type: NarrativeDto,
    description: '正文各部分（段落、小标题、列表）；省略则保留原正文。按格式检查，格式不对返回 400',
  })
  @IsOptional()
  @IsObject()
  narrative?: NarrativeDto;
}
