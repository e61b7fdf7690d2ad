import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ReminderSettingsInput, ReminderSettingsOutput } from './dto/reminder-settings.input';
import { SendRemindersInput } from './dto/send-reminders.input';
import { SendRemindersOutput } from './dto/send-reminders.output';
import { ManualRemindersService } from './manual-reminders.service';
import { ReminderSettingsService } from './reminder-settings.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class RemindersController {
  constructor(
    private readonly settings: ReminderSettingsService,
    private readonly manual: ManualRemindersService,
  ) {}

  @Get('reminder-settings')
  @ApiOkResponse({ type: ReminderSettingsOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<ReminderSettingsOutput> {
    return this.settings.get(user, id);
  }

  @Put('reminder-settings')
  @ApiOkResponse({ type: ReminderSettingsOutput })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: ReminderSettingsInput,
  ): Promise<ReminderSettingsOutput> {
    return this.settings.update(user, id, input);
  }

  @Post('reminders')
  @HttpCode(200)
  @ApiOkResponse({
    type: SendRemindersOutput,
    description: '政务公开办立即提醒未提交单位的填报人；10 分钟内重复点击不会重复发送',
  })
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: SendRemindersInput,
  ): Promise<SendRemindersOutput> {
    return this.manual.send(user, id, input.orgId ?? null);
  }
}
