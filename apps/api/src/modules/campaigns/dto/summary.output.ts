import { ApiProperty } from '@nestjs/swagger';

export class SummaryOutput {
  @ApiProperty()
  campaignId: number;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty()
  formatId: string;

  @ApiProperty({ description: '参与汇总（已通过）的报告数' })
  reportCount: number;

  @ApiProperty({ description: '该单位下属单位的报告总数' })
  totalReports: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  values: Record<string, number | null>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: '每个单元格有多少份报告填了数',
  })
  contributors: Record<string, number>;
}
