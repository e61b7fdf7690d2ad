import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Org } from '../orgs/entities/org.entity';
import { User } from './entities/user.entity';
import { UserImportService } from './user-import.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Org])],
  controllers: [UsersController],
  providers: [UsersService, UserImportService],
})
export class UsersModule {}
