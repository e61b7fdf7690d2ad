import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const numberMap = (description: string) => ({
  type: 'object' as const,
  additionalProperties: { type: 'number', nullable: true },
  description,
});

export class MeasureOutput {
  @ApiProperty({ description: '指标 id，如 received、withheldShare' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: '件、万元或 %' })
  unit: string;

  @ApiProperty({ type: [String], description: '含此指标的表格格式（legacy、2019、2021）' })
  formatIds: string[];
}

export class TrendYearOutput {
  @ApiProperty()
  year: number;

  @ApiProperty({ description: '计入的已通过报告份数' })
  reportCount: number;

  @ApiProperty({ type: [String], description: '这些报告使用的表格格式' })
  formatIds: string[];

  @ApiProperty(numberMap('各数值指标的合计；没有任何报告填写时为 null（不是 0）'))
  values: Record<string, number | null>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: '各数值指标有值的报告份数',
  })
  contributors: Record<string, number>;

  @ApiProperty(numberMap('各占比指标（%，由合计计算）；分母为 0 或未知时为 null'))
  shares: Record<string, number | null>;
}

export class TrendOutput {
  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty({ enum: ['jurisdiction', 'org'] })
  of: 'jurisdiction' | 'org';

  @ApiProperty({ type: [MeasureOutput] })
  measures: MeasureOutput[];

  @ApiProperty({ type: [TrendYearOutput] })
  years: TrendYearOutput[];
}

export class OrgValueOutput {
  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty()
  orgType: string;

  @ApiProperty({ nullable: true, type: Number, description: '所属区/县' })
  districtId: number | null;

  @ApiProperty({ description: '报告 id（点击跳转到报告）' })
  reportId: number;

  @ApiProperty()
  formatId: string;

  @ApiProperty({ type: [String], description: '该指标在此报告中的单元格（点击跳转到单元格）' })
  cells: string[];
}

export class RankingEntryOutput extends OrgValueOutput {
  @ApiProperty()
  rank: number;

  @ApiProperty()
  value: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '同类单位中的稳健 z 分数；同类数值无离散时为 null',
  })
  zScore: number | null;
}

export class DistributionOutput {
  @ApiProperty()
  count: number;

  @ApiProperty()
  min: number;

  @ApiProperty()
  q1: number;

  @ApiProperty()
  median: number;

  @ApiProperty()
  q3: number;

  @ApiProperty()
  max: number;

  @ApiProperty({ description: '中位数绝对偏差' })
  mad: number;
}

export class HistogramBinOutput {
  @ApiProperty()
  from: number;

  @ApiProperty()
  to: number;

  @ApiProperty()
  count: number;
}

export class RankingOutput {
  @ApiProperty()
  year: number;

  @ApiProperty({ type: MeasureOutput })
  measure: MeasureOutput;

  @ApiProperty({ description: '有此指标数值的单位数' })
  total: number;

  @ApiProperty({ type: [RankingEntryOutput], description: '排名（前 limit 名）' })
  entries: RankingEntryOutput[];

  @ApiProperty({ type: DistributionOutput, nullable: true })
  distribution: DistributionOutput | null;

  @ApiProperty({ type: [HistogramBinOutput] })
  histogram: HistogramBinOutput[];

  @ApiProperty({ type: [RankingEntryOutput], description: '同类单位中的异常值（|稳健 z| ≥ 3.5）' })
  outliers: RankingEntryOutput[];
}

export class OutlierOutput extends OrgValueOutput {
  @ApiProperty({ enum: ['jump', 'peer'], description: 'jump：与上年相比大幅变化；peer：明显偏离同类单位' })
  kind: 'jump' | 'peer';

  @ApiProperty()
  year: number;

  @ApiProperty({ type: MeasureOutput })
  measure: MeasureOutput;

  @ApiProperty()
  value: number;

  @ApiProperty({ nullable: true, type: Number })
  previousValue: number | null;

  @ApiProperty({ nullable: true, type: Number })
  previousReportId: number | null;

  @ApiProperty({ nullable: true, type: Number, description: '同类单位中位数' })
  peerMedian: number | null;

  @ApiProperty({ nullable: true, type: Number })
  zScore: number | null;

  @ApiProperty({ description: '一句话说明' })
  description: string;
}

export class OutliersOutput {
  @ApiProperty()
  year: number;

  @ApiProperty({ type: [OutlierOutput] })
  items: OutlierOutput[];
}

export class TimelineDayOutput {
  @ApiProperty({ description: '日期（北京时间），YYYY-MM-DD' })
  day: string;

  @ApiProperty({ description: '当天首次提交的份数' })
  submitted: number;

  @ApiProperty({ description: '当天最终通过的份数' })
  approved: number;

  @ApiProperty()
  cumulativeSubmitted: number;

  @ApiProperty()
  cumulativeApproved: number;

  @ApiProperty({ description: '当天结束时仍未提交的份数（燃尽）' })
  notYetSubmitted: number;
}

export class ReturnsByStageOutput {
  @ApiProperty({ description: '退回时所在的审核环节' })
  state: string;

  @ApiProperty()
  label: string;

  @ApiProperty()
  count: number;
}

export class TimelineOutput {
  @ApiProperty()
  campaignId: number;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  deadline: Date;

  @ApiProperty()
  totalReports: number;

  @ApiProperty({ type: [TimelineDayOutput] })
  days: TimelineDayOutput[];

  @ApiProperty({ type: [ReturnsByStageOutput] })
  returnsByStage: ReturnsByStageOutput[];
}

export class QualityCriterionOutput {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ description: '权重（合计 100）' })
  weight: number;
}

export class QualityFactsOutput {
  @ApiProperty({ nullable: true, type: Boolean })
  isOnTime: boolean | null;

  @ApiProperty({ nullable: true, type: Number })
  hardFindings: number | null;

  @ApiProperty({ nullable: true, type: Number })
  softFindings: number | null;

  @ApiProperty({ nullable: true, type: Number })
  narrativeFindings: number | null;

  @ApiProperty({ nullable: true, type: Number })
  sectionFindings: number | null;

  @ApiProperty({ nullable: true, type: Number })
  returnCount: number | null;

  @ApiProperty({ nullable: true, type: Boolean })
  isPublishedOnTime: boolean | null;

  @ApiPropertyOptional({ nullable: true, type: Date })
  submittedAt: Date | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  publishedAt: string | null;

  @ApiProperty()
  publicationDeadline: string;
}

export class ScorecardRowOutput {
  @ApiProperty({ nullable: true, type: Number, description: '名次；无法评分时为 null' })
  rank: number | null;

  @ApiProperty()
  orgId: number;

  @ApiProperty()
  orgName: string;

  @ApiProperty()
  orgType: string;

  @ApiProperty()
  reportId: number;

  @ApiProperty({ nullable: true, type: Number, description: '0–100；各项事实均未知时为 null' })
  score: number | null;

  @ApiProperty(numberMap('各项得分（权重 × 达成程度），未知为 null'))
  points: Record<string, number | null>;

  @ApiProperty({ type: QualityFactsOutput })
  facts: QualityFactsOutput;
}

export class ScorecardOutput {
  @ApiProperty()
  year: number;

  @ApiProperty({ type: [QualityCriterionOutput] })
  criteria: QualityCriterionOutput[];

  @ApiProperty({ type: [ScorecardRowOutput] })
  rows: ScorecardRowOutput[];
}
