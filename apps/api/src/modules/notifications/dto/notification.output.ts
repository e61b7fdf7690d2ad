import { ApiProperty } from '@nestjs/swagger';

export class NotificationOutput {
  @ApiProperty()
  id: number;

  @ApiProperty({
    description:
      'upcoming 即将截止、due 今日截止、overdue 已逾期、returned 退回未重交、review 待审核、remind 政务公开办提醒',
  })
  kind: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ type: String, nullable: true })
  link: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: Date, nullable: true })
  readAt: Date | null;

  @ApiProperty({ enum: ['sent', 'failed'], nullable: true, description: '是否也发送了微信订阅消息' })
  wechatStatus: 'sent' | 'failed' | null;

  @ApiProperty({ type: String, nullable: true, description: '微信发送失败的原因' })
  wechatError: string | null;
}

export class SubscriptionsOutput {
  @ApiProperty({ description: '剩余可发送的订阅消息条数' })
  remaining: number;
}
