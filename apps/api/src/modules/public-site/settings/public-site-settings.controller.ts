import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { PublicSiteSettingsInput } from '../dto/public-site-settings.input';
import { PublicSiteSettingsOutput } from '../dto/public-site-settings.output';
import { PUBLIC_SITE_PATH } from '../public-site-path';
import { PublicSiteSettingsService } from './public-site-settings.service';

@ApiTags('public-site')
@ApiBearerAuth()
@Controller('public-site/settings')
export class PublicSiteSettingsController {
  constructor(private readonly settings: PublicSiteSettingsService) {}

  @Get()
  @ApiOkResponse({ type: PublicSiteSettingsOutput, description: '年报专栏的标题、页脚和列出的单位层级' })
  async get(): Promise<PublicSiteSettingsOutput> {
    return { ...(await this.settings.current()), siteUrl: PUBLIC_SITE_PATH };
  }

  @Put()
  @ApiOkResponse({
    type: PublicSiteSettingsOutput,
    description: '市政务公开办审核员或系统管理员设置年报专栏',
  })
  async update(
    @CurrentUser() user: AuthUser,
    @Body() input: PublicSiteSettingsInput,
  ): Promise<PublicSiteSettingsOutput> {
    return { ...(await this.settings.update(user, input)), siteUrl: PUBLIC_SITE_PATH };
  }
}
