import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt } from 'class-validator';

export class DeleteOrgQuery {
  @ApiProperty({ description: '所删除的版本号' })
  @Type(() => Number)
  @IsInt()
  version: number;
}
