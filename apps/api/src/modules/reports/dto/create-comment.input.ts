import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class CreateCommentInput {
  @ApiProperty({ example: 't3.row1.col1' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  cellCode: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  body: string;
}
