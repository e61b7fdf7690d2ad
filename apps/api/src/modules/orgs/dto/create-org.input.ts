import { ApiProperty } from '@nestjs/swagger';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { IsIn, IsInt, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateOrgInput {
  @ApiProperty({ example: '东城街道' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: Object.keys(WORKFLOW.orgTypes) })
  @IsIn(Object.keys(WORKFLOW.orgTypes))
  type: OrgType;

  @ApiProperty()
  @IsInt()
  parentId: number;
}
