import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigVariables } from '../../config/config-variables';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './guards/jwt-auth.guard';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { MeService } from './me.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Org]),
    JwtModule.registerAsync({
      inject: [ConfigVariables],
      // A key object, made once: given a string, jsonwebtoken first tries to parse it as a PEM public key on every
      // verify, a failing parse that cost a tenth of the API's CPU under load.
      useFactory: (config: ConfigVariables) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET)) }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, MeService, LoginThrottlerGuard, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
