import { ApiProperty } from '@nestjs/swagger';

export class SendRemindersOutput {
  @ApiProperty({
    enum: ['completed', 'queued'],
    description:
      'completed：已发送，数字为结果；queued：仍在后台发送，GET /api/jobs/{id} 完成后的 result 带同样的数字和 message',
  })
  state: 'completed' | 'queued';

  @ApiProperty()
  jobId: string;

  @ApiProperty({ type: Number, nullable: true, description: '未完成（未开始、草稿、已退回）的单位数' })
  orgs: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '本次已提醒的人数' })
  reminded: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '10 分钟内您已就同一单位提醒过、本次未重复发送的人数',
  })
  skippedRecently: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '没有可接收提醒的填报账号的单位数' })
  orgsWithoutRecipients: number | null;

  @ApiProperty({ description: '给操作人看的结果，如“已提醒 3 人；2 人 10 分钟内已提醒过，未重复发送。”' })
  message: string;
}
