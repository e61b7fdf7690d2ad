import { Body, Controller, Delete, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { WorkAppBindingInput, WorkAppBindingOutput } from '../dto/work-app-binding.dto';
import { WorkAppBindingsService } from './work-app-bindings.service';

@ApiTags('work-app')
@ApiBearerAuth()
@Controller('users/:id/work-app-binding')
export class WorkAppBindingsController {
  constructor(private readonly bindings: WorkAppBindingsService) {}

  @Get()
  @ApiOkResponse({ type: WorkAppBindingOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<WorkAppBindingOutput> {
    return this.bindings.describe(user, id);
  }

  @Put()
  @ApiOperation({ summary: '管理员为账号绑定企业微信/政务微信账号（UserID）' })
  @ApiOkResponse({ type: WorkAppBindingOutput })
  bind(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: WorkAppBindingInput,
  ): Promise<WorkAppBindingOutput> {
    return this.bindings.bindByAdmin(user, id, input.workUserId);
  }

  @Delete()
  @ApiOperation({ summary: '解除账号的企业微信/政务微信绑定' })
  @ApiOkResponse({ type: WorkAppBindingOutput })
  unbind(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<WorkAppBindingOutput> {
    return this.bindings.unbindByAdmin(user, id);
  }
}
