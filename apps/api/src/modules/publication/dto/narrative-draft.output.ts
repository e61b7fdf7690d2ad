import { ApiProperty } from '@nestjs/swagger';
import { NarrativeRunDto } from '../../reports/dto/narrative.dto';

export class DraftParagraphOutput {
  @ApiProperty({
    nullable: true,
    type: String,
    description: '所属部分，如 overview；旧格式（章节自由）为 null',
  })
  sectionId: string | null;

  @ApiProperty({ nullable: true, type: String, description: '所属小节，如 overview-on-request' })
  subsectionId: string | null;

  @ApiProperty({ description: '段落主题，如 依申请公开' })
  topic: string;

  @ApiProperty({ description: '按当前统计表得出的文字' })
  text: string;

  @ApiProperty({ type: [NarrativeRunDto], description: '段落的文字与引用，所有数字均引用统计表' })
  runs: NarrativeRunDto[];
}

export class PreviousYearValuesOutput {
  @ApiProperty()
  reportYear: number;

  @ApiProperty({ enum: ['legacy', '2019', '2021'] })
  formatId: 'legacy' | '2019' | '2021';

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  values: Record<string, number | null>;
}

export class NarrativeDraftOutput {
  @ApiProperty({ type: [DraftParagraphOutput], description: '初稿段落：仅为建议，不会覆盖已写的正文' })
  paragraphs: DraftParagraphOutput[];

  @ApiProperty({
    nullable: true,
    type: PreviousYearValuesOutput,
    description: '本单位上年已通过报告的统计表（同比增减的依据）；没有时为 null',
  })
  previous: PreviousYearValuesOutput | null;
}
