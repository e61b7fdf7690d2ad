import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OUTPUT_FORMATS } from '@nianbao/publish';
import type { OutputFormat } from '@nianbao/publish';
import { ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional } from 'class-validator';
import { EXPORT_KINDS } from '../export-kind';
import type { ExportKind } from '../export-kind';

export class CreateExportInput {
  @ApiProperty({
    enum: EXPORT_KINDS,
    description:
      'reports 全部报告；summary 汇总；progress 填报进度（未交、逾期、退回）；documents 公开年报包（已终审通过的报告，Word/PDF/网页，zip）',
  })
  @IsIn(EXPORT_KINDS)
  kind: ExportKind;

  @ApiPropertyOptional({ description: '单位 id（默认为本人所在单位），导出该单位及其下属单位' })
  @IsOptional()
  @IsInt()
  org?: number;

  @ApiPropertyOptional({
    enum: OUTPUT_FORMATS,
    isArray: true,
    description: '仅 documents：包中每份报告的格式（默认 docx、html、pdf 全部）',
  })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(OUTPUT_FORMATS, { each: true })
  formats?: OutputFormat[];
}
