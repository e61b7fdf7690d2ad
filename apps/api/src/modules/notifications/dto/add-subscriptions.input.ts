import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

export class AddSubscriptionsInput {
  @ApiProperty({ description: '用户在小程序中同意的订阅消息模板 id' })
  @IsString()
  @MinLength(1)
  templateId: string;

  @ApiProperty({ description: '本次同意的次数（一次性订阅每次同意可发一条）' })
  @IsInt()
  @Min(1)
  @Max(50)
  accepted: number;
}
