import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class WorkAppBindingInput {
  @ApiProperty({ description: '企业微信/政务微信中的账号（UserID，通讯录里的“账号”）' })
  @IsString()
  @Matches(/^[A-Za-z0-9_.@-]{1,64}$/, { message: '账号只含字母、数字和 _ . @ -，最长 64 位' })
  workUserId: string;
}

export class WorkAppBindingOutput {
  @ApiProperty()
  isBound: boolean;

  @ApiProperty({ type: String, nullable: true })
  workUserId: string | null;
}
