import { ApiProperty } from '@nestjs/swagger';
import { TokenPairOutput } from '../../auth/dto/token-pair.output';

export class WechatLoginOutput {
  @ApiProperty({ description: '此微信尚未绑定账号：请输入管理员发放的绑定码' })
  needsBinding: boolean;

  @ApiProperty({ type: TokenPairOutput, nullable: true, description: '已绑定时的登录令牌' })
  tokens: TokenPairOutput | null;
}

export class WechatBindingStatusOutput {
  @ApiProperty()
  isBound: boolean;
}

export class WechatBindingCodeOutput {
  @ApiProperty({ description: '一次性绑定码，只显示这一次' })
  bindingCode: string;

  @ApiProperty()
  expiresAt: Date;
}
