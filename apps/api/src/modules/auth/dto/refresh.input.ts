import { ApiProperty } from '@nestjs/swagger';
import { IsString, MinLength } from 'class-validator';

export class RefreshInput {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  refreshToken: string;
}
