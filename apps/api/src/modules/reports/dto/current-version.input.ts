import { ApiProperty } from '@nestjs/swagger';
import { IsInt } from 'class-validator';

export class CurrentVersionInput {
  @ApiProperty({ description: '报告当前的版本号' })
  @IsInt()
  version: number;
}
