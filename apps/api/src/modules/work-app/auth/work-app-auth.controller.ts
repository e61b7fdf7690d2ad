import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/decorators/public.decorator';
import {
  WorkAppAuthorizeOutput,
  WorkAppBindInput,
  WorkAppLoginInput,
  WorkAppLoginOutput,
} from '../dto/work-app-login.dto';
import { WorkAppAuthService } from './work-app-auth.service';

@ApiTags('auth')
@Public()
@Controller('auth/work-app')
export class WorkAppAuthController {
  constructor(private readonly auth: WorkAppAuthService) {}

  @Get(':configId/authorize-url')
  @ApiOperation({ summary: '企业微信/政务微信网页授权地址（snsapi_base）' })
  @ApiQuery({ name: 'redirectUri', required: true })
  @ApiOkResponse({ type: WorkAppAuthorizeOutput })
  async authorizeUrl(
    @Param('configId', ParseIntPipe) configId: number,
    @Query('redirectUri') redirectUri: string,
  ): Promise<WorkAppAuthorizeOutput> {
    return { url: await this.auth.authorizeUrl(configId, String(redirectUri ?? '')) };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: '企业微信/政务微信内登录：已绑定则返回令牌，未绑定则要求绑定码' })
  @ApiOkResponse({ type: WorkAppLoginOutput })
  login(@Body() input: WorkAppLoginInput): Promise<WorkAppLoginOutput> {
    return this.auth.login(input.configId, input.code);
  }

  @Post('bind')
  @HttpCode(200)
  @ApiOperation({ summary: '用管理员发放的一次性绑定码绑定此企业微信/政务微信账号并登录' })
  @ApiOkResponse({ type: WorkAppLoginOutput })
  bind(@Body() input: WorkAppBindInput): Promise<WorkAppLoginOutput> {
    return this.auth.bind(input.bindingTicket, input.bindingCode);
  }
}
