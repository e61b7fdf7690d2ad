import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class NarrativeBlockDto {
  @ApiProperty({ enum: ['paragraph', 'heading', 'list'], description: '段落、小标题或列表' })
  type: 'paragraph' | 'heading' | 'list';

  @ApiPropertyOptional({ description: '段落或小标题的文字' })
  text?: string;

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
