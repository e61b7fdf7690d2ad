import { ApiProperty } from '@nestjs/swagger';

export class TokenPairOutput {
  @ApiProperty()
  accessToken: string;

  @ApiProperty()
  refreshToken: string;

  @ApiProperty({ description: '为 true 时须先修改密码，其他接口暂不可用' })
  mustChangePassword: boolean;
}
