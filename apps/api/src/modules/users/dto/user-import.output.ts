import { ApiProperty } from '@nestjs/swagger';

export class UserImportOutput {
  @ApiProperty({ description: '新建的账号数' })
  created: number;

  @ApiProperty({ description: '同一单位下已有同名账号而跳过的行数' })
  skipped: number;
}
