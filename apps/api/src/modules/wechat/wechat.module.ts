import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { Code2SessionClient } from './code2session.client';
import { WechatBindingCode } from './entities/wechat-binding-code.entity';
import { WechatBinding } from './entities/wechat-binding.entity';
import { WechatController } from './wechat.controller';
import { WechatService } from './wechat.service';

/** Mini-program login with WeChat: code2Session on the server, bindings to user accounts, one-time binding codes. */
@Module({
  imports: [TypeOrmModule.forFeature([WechatBinding, WechatBindingCode, User, Org]), AuthModule],
  controllers: [WechatController],
  providers: [WechatService, Code2SessionClient],
})
export class WechatModule {}
