import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsBoolean, IsInt } from 'class-validator';
import { CreateUserInput } from './create-user.input';

/** Username and password are not edited here (the user changes their own password); the rest as when created. */
export class UpdateUserInput extends PickType(CreateUserInput, ['displayName', 'orgId', 'roles'] as const) {
  @ApiProperty()
  @IsBoolean()
  isActive: boolean;

  @ApiProperty({ description: '所修改的版本号；已被他人修改时返回 409' })
  @IsInt()
  version: number;
}
