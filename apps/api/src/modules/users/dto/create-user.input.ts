import { ApiProperty } from '@nestjs/swagger';
import { WORKFLOW } from '@nianbao/workflow';
import type { Role } from '@nianbao/workflow';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export class CreateUserInput {
  @ApiProperty({ example: 'dongcheng_submitter' })
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{2,64}$/)
  username: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  @ApiProperty()
  @IsInt()
  orgId: number;

  @ApiProperty({ enum: Object.keys(WORKFLOW.roles), isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(Object.keys(WORKFLOW.roles), { each: true })
  roles: Role[];

  @ApiProperty({ description: '初始密码（至少 8 位）；非演示模式下首次登录须修改' })
  @IsString()
  @MaxLength(200)
  password: string;
}
