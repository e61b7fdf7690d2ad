import { ApiProperty, PickType } from '@nestjs/swagger';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { UserOutput } from '../../users/dto/user.output';

/** The signed-in user as the apps need it at start: the user's fields plus the org's name and type. */
export class MeOutput extends PickType(UserOutput, [
  'id',
  'username',
  'displayName',
  'orgId',
  'roles',
  'mustChangePassword',
] as const) {
  @ApiProperty()
  orgName: string;

  @ApiProperty({ enum: Object.keys(WORKFLOW.orgTypes) })
  orgType: OrgType;
}
