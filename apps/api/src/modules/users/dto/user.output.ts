import { ApiProperty } from '@nestjs/swagger';
import { WORKFLOW } from '@nianbao/workflow';
import type { Role } from '@nianbao/workflow';

export class UserOutput {
  @ApiProperty()
  id: number;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  orgId: number;

  @ApiProperty({ enum: Object.keys(WORKFLOW.roles), isArray: true })
  roles: Role[];

  @ApiProperty()
  isActive: boolean;

  @ApiProperty()
  mustChangePassword: boolean;

  @ApiProperty()
  version: number;
}
