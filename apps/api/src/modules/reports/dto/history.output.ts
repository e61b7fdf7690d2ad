import { ApiProperty } from '@nestjs/swagger';

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
