import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { WorkAppConfigInput } from '../dto/work-app-config.input';
import { WorkAppConfigOutput } from '../dto/work-app-config.output';
import { WorkAppConfigService } from './work-app-config.service';

@ApiTags('work-app')
@ApiBearerAuth()
@Controller('orgs/:id/work-app-config')
export class WorkAppConfigController {
  constructor(private readonly configs: WorkAppConfigService) {}

  @Get()
  @ApiOperation({ summary: '本市企业微信/政务微信配置（密钥只显示是否已设置）' })
  @ApiOkResponse({ type: WorkAppConfigOutput })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<WorkAppConfigOutput> {
    return this.configs.describe(user, id);
  }

  @Put()
  @ApiOperation({ summary: '保存本市企业微信/政务微信配置（密钥加密保存；留空的密钥保持不变）' })
  @ApiOkResponse({ type: WorkAppConfigOutput })
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() input: WorkAppConfigInput,
  ): Promise<WorkAppConfigOutput> {
    return this.configs.save(user, id, input);
  }
}
