import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { AllowedBeforePasswordChange, Public } from './decorators/public.decorator';
import { CurrentUser } from './decorators/current-user.decorator';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { MeOutput } from './dto/me.output';
import { RefreshInput } from './dto/refresh.input';
import { TokenPairOutput } from './dto/token-pair.output';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { MeService } from './me.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly authService: AuthService,
    private readonly meService: MeService,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairOutput })
  login(@Body() input: LoginInput): Promise<TokenPairOutput> {
    return this.authService.login(input.username, input.password);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairOutput })
  refresh(@Body() input: RefreshInput): Promise<TokenPairOutput> {
    return this.authService.refresh(input.refreshToken);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('auth/change-password')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairOutput, description: '修改成功后旧的刷新令牌失效' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() input: ChangePasswordInput,
  ): Promise<TokenPairOutput> {
    return this.authService.changePassword(user, input);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('me')
  @ApiOkResponse({ type: MeOutput })
  me(@CurrentUser() user: AuthUser): Promise<MeOutput> {
    return this.meService.describe(user);
  }
}
