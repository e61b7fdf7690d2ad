import { ApiProperty } from '@nestjs/swagger';

export class ProgressCountsOutput {
  @ApiProperty()
  total: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '各状态的报告数' })
  byState: Record<string, number>;

  @ApiProperty({ description: '逾期：截止后才首次提交，或已过截止仍未提交' })
  overdue: number;

  @ApiProperty({ description: '截止前已提交的份数' })
  submittedOnTime: number;

  @ApiProperty({ description: '按时提交率 = 截止前提交数 / 总数' })
  onTimeRate: number;

  @ApiProperty({ description: '已登记在政府网站发布的份数' })
  published: number;

  @ApiProperty({ description: '在法定期限内发布的份数（1月31日；县级以上人民政府本级报告3月31日）' })
  publishedOnTime: number;
}

export class ProgressGroupOutput extends ProgressCountsOutput {
  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty()
  orgType: string;
}

export class ProgressOutput extends ProgressCountsOutput {
  @ApiProperty()
  campaignId: number;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  deadline: Date;

  @ApiProperty({ type: [ProgressGroupOutput], description: '按下一级单位（区/县、市级部门或区内单位）分组' })
  groups: ProgressGroupOutput[];
}
