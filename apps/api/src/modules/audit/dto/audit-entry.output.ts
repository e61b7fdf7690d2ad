import { ApiProperty } from '@nestjs/swagger';

export class AuditEntryOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  at: Date;

  @ApiProperty({ nullable: true, type: Number })
  userId: number | null;

  @ApiProperty({ example: 'report.approve' })
  action: string;

  @ApiProperty()
  entityType: string;

  @ApiProperty({ nullable: true, type: Number })
  entityId: number | null;

  @ApiProperty({ nullable: true, type: Object })
  detail: Record<string, unknown> | null;
}
