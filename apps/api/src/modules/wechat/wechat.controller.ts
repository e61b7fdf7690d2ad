import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Public } from '../auth/decorators/public.decorator';
import { WechatBindInput, WechatLoginInput } from './dto/wechat-login.input';
import {
  WechatBindingCodeOutput,
  WechatBindingStatusOutput,
  WechatLoginOutput,
} from './dto/wechat-login.output';
import { WechatService } from './wechat.service';

@ApiTags('auth')
@Controller()
export class WechatController {
  constructor(private readonly wechat: WechatService) {}

  @Public()
  @Post('auth/wechat')
  @HttpCode(200)
  @ApiOperation({ summary: '小程序微信登录：已绑定则返回令牌，未绑定则要求绑定码' })
  @ApiOkResponse({ type: WechatLoginOutput })
  login(@Body() input: WechatLoginInput): Promise<WechatLoginOutput> {
    return this.wechat.login(input.code);
  }

  @Public()
  @Post('auth/wechat/bind')
  @HttpCode(200)
  @ApiOperation({ summary: '用管理员发放的一次性绑定码绑定此微信并登录' })
  @ApiOkResponse({ type: WechatLoginOutput })
  bind(@Body() input: WechatBindInput): Promise<WechatLoginOutput> {
    return this.wechat.bind(input.code, input.bindingCode);
  }

  @ApiBearerAuth()
  @Get('auth/wechat/binding')
  @ApiOkResponse({ type: WechatBindingStatusOutput })
  async status(@CurrentUser() user: AuthUser): Promise<WechatBindingStatusOutput> {
    return { isBound: await this.wechat.isBound(user) };
  }

  @ApiBearerAuth()
  @Delete('auth/wechat/binding')
  @ApiOperation({ summary: '解除本人微信绑定' })
  @ApiOkResponse({ type: WechatBindingStatusOutput })
  async unbind(@CurrentUser() user: AuthUser): Promise<WechatBindingStatusOutput> {
    await this.wechat.unbind(user);
    return { isBound: false };
  }

  @ApiBearerAuth()
  @Post('users/:id/wechat-binding-code')
  @HttpCode(200)
  @ApiOperation({ summary: '为账号发放一次性微信绑定码（24 小时内有效）' })
  @ApiOkResponse({ type: WechatBindingCodeOutput })
  issueBindingCode(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<WechatBindingCodeOutput> {
    return this.wechat.issueBindingCode(user, id);
  }
}
