import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateCampaignInput {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty()
  @Type(() => Date)
  @IsDate()
  deadline: Date;

  @ApiProperty({ description: '所修改的版本号' })
  @IsInt()
  version: number;
}
