import { ApiProperty } from '@nestjs/swagger';

export class PublicationOutput {
  @ApiProperty({
    description: '法定发布期限（1月31日；县级以上人民政府本级报告为3月31日）',
    example: '2026-01-31',
  })
  statutoryDeadline: string;

  @ApiProperty({ description: '已登记发布' })
  isPublished: boolean;

  @ApiProperty({ nullable: true, type: String, example: '2026-01-20' })
  publishedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  url: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '/gk/reports/42',
    description: '年报专栏中的公开网址（本站路径）；未发布时为 null',
  })
  publicUrl: string | null;

  @ApiProperty({ nullable: true, type: Boolean, description: '在法定期限内发布' })
  isOnTime: boolean | null;

  @ApiProperty({ nullable: true, type: Date })
  recordedAt: Date | null;

  @ApiProperty({ description: '报告已终审通过，当前用户可以登记或更正发布信息' })
  canRecord: boolean;
}
