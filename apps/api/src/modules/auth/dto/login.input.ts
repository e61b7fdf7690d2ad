import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginInput {
  @ApiProperty({ example: 'submitter' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'nianbao-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
