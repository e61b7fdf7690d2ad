import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class WechatLoginInput {
  @ApiProperty({ description: '小程序 wx.login 得到的 code（一次性，5 分钟内有效）' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;
}

export class WechatBindInput extends WechatLoginInput {
  @ApiProperty({ description: '管理员发放的一次性绑定码' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  bindingCode: string;
}
