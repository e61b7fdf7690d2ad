import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, MinLength } from 'class-validator';
import { TokenPairOutput } from '../../auth/dto/token-pair.output';

export class WorkAppLoginInput {
  @ApiProperty({ description: '应用主页地址中的 workapp 参数（本市配置编号）' })
  @IsInt()
  configId: number;

  @ApiProperty({ description: '网页授权（snsapi_base）回调带回的 code' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  code: string;
}

export class WorkAppBindInput {
  @ApiProperty({ description: '登录时返回的绑定凭据（10 分钟内有效）' })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  bindingTicket: string;

  @ApiProperty({ description: '管理员发放的一次性绑定码（与微信绑定码相同）' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  bindingCode: string;
}

export class WorkAppLoginOutput {
  @ApiProperty({ description: '此企业微信/政务微信账号尚未绑定：请输入绑定码' })
  needsBinding: boolean;

  @ApiProperty({ type: TokenPairOutput, nullable: true })
  tokens: TokenPairOutput | null;

  @ApiProperty({ type: String, nullable: true, description: '未绑定时用于绑定的凭据' })
  bindingTicket: string | null;
}

export class WorkAppAuthorizeOutput {
  @ApiProperty({ description: '跳转到此地址完成网页授权' })
  url: string;
}
