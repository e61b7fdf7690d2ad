import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

export class TransitionInput {
  @ApiProperty({ description: '操作时看到的版本号；报告已变化时返回 409' })
  @IsInt()
  version: number;

  @ApiPropertyOptional({ description: '意见；退回和重新打开时必填' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
