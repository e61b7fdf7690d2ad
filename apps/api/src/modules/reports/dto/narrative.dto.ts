import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A number bound to the tables (see docs/narrative.md): a cell or a sum of cells, a named figure, or a share. */
export class LiveNumberDto {
  @ApiProperty({
    enum: ['cells', 'figure', 'share'],
    description: '单元格（或几个单元格之和）、统计数字或比例',
  })
  kind: 'cells' | 'figure' | 'share';

  @ApiPropertyOptional({ type: [String], description: 'kind 为 cells：单元格代码，多个则求和' })
  cells?: string[];

  @ApiPropertyOptional({ description: 'kind 为 figure：统计数字的代码，如 RECEIVED、DISCLOSED-RATE' })
  figure?: string;

  @ApiPropertyOptional({
    enum: ['change', 'changePercent'],
    description: '与上年比较：change 为同比增减数，changePercent 为同比增减百分比',
  })
  compare?: 'change' | 'changePercent';

  @ApiPropertyOptional({ type: [String], description: 'kind 为 share：分子的单元格' })
  part?: string[];

  @ApiPropertyOptional({ type: [String], description: 'kind 为 share：分母的单元格' })
  whole?: string[];

  @ApiPropertyOptional({ description: 'kind 为 share：小数位数（0–2，默认 1）' })
  decimals?: number;
}

/** A piece of a paragraph: typed text, or a live number. */
export class NarrativeRunDto {
  @ApiPropertyOptional({ description: '输入的文字' })
  text?: string;

  @ApiPropertyOptional({ type: LiveNumberDto, description: '引用统计表的数字' })
  number?: LiveNumberDto;
}

export class NarrativeBlockDto {
  @ApiProperty({ enum: ['paragraph', 'heading', 'list'], description: '段落、小标题或列表' })
  type: 'paragraph' | 'heading' | 'list';

  @ApiPropertyOptional({ description: '段落或小标题的文字；段落有 runs 时为按统计表得出的文字' })
  text?: string;

  @ApiPropertyOptional({
    type: [NarrativeRunDto],
    description: '含引用数字的段落：文字与引用依次排列；数字随统计表变化',
  })
  runs?: NarrativeRunDto[];

  @ApiPropertyOptional({ description: '列表是否编号' })
  ordered?: boolean;

  @ApiPropertyOptional({ type: [String], description: '列表各项' })
  items?: string[];
}

export class NarrativeSectionDto {
  @ApiProperty({ description: '格式规定的部分：overview、problems、other……；旧格式为 section-N' })
  id: string;

  @ApiProperty({ description: '标题，如 一、总体情况' })
  title: string;

  @ApiProperty({ type: [NarrativeBlockDto] })
  blocks: NarrativeBlockDto[];

  @ApiProperty({ type: () => [NarrativeSectionDto], description: '小节，如（一）主动公开' })
  subsections: NarrativeSectionDto[];
}

/** The narrative sections of a report: structured paragraphs, headings and lists (no HTML). */
export class NarrativeDto {
  @ApiProperty({ type: [NarrativeBlockDto], description: '“一、”之前的文字' })
  preamble: NarrativeBlockDto[];

  @ApiProperty({ type: [NarrativeSectionDto] })
  sections: NarrativeSectionDto[];
}
