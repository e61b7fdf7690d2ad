import { ApiProperty } from '@nestjs/swagger';

export class LiveNumberValueOutput {
  @ApiProperty({ description: '引用的来源，如 统计表「一、本年新收政府信息公开申请数量·总计」' })
  source: string;

  @ApiProperty({ description: '该版本中印出的文字，如 383件' })
  text: string;
}

export class ReportVersionOutput {
  @ApiProperty()
  version: number;

  @ApiProperty()
  savedAt: Date;

  @ApiProperty()
  savedById: number;

  @ApiProperty({ nullable: true, type: Number, description: '由哪一版恢复而来' })
  restoredFromVersion: number | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } })
  values: Record<string, number | null>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  explanations: Record<string, string>;

  @ApiProperty({
    type: [LiveNumberValueOutput],
    description: '正文中引用统计表的数字在该版本中的值；统计表改动后，新旧版本各显示其值',
  })
  liveNumbers: LiveNumberValueOutput[];
}

export class ReportEventOutput {
  @ApiProperty({ example: 'report.approve' })
  action: string;

  @ApiProperty()
  at: Date;

  @ApiProperty({ nullable: true, type: Number })
  userId: number | null;

  @ApiProperty({ nullable: true, type: Object })
  detail: Record<string, unknown> | null;
}

export class ReportHistoryOutput {
  @ApiProperty({ type: [ReportVersionOutput], description: '内容的各个版本，新的在前' })
  versions: ReportVersionOutput[];

  @ApiProperty({ type: [ReportEventOutput], description: '审批流程记录，新的在前' })
  events: ReportEventOutput[];
}

export class CellCommentOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  cellCode: string;

  @ApiProperty()
  body: string;

  @ApiProperty()
  authorId: number;

  @ApiProperty()
  createdAt: Date;
}
