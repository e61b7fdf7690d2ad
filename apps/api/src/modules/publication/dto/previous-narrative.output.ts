import { ApiProperty } from '@nestjs/swagger';
import { NarrativeDto } from '../../reports/dto/narrative.dto';

export class PreviousNarrativeOutput {
  @ApiProperty({ nullable: true, type: Number, description: '上年报告的年度；上年没有已通过的报告时为 null' })
  reportYear: number | null;

  @ApiProperty({
    nullable: true,
    type: NarrativeDto,
    description: '上年已通过报告的正文，按本年格式的各部分排列；上年没有正文时为 null',
  })
  narrative: NarrativeDto | null;
}
