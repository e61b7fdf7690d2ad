import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Org } from '../orgs/entities/org.entity';
import type { AuthUser } from './auth-user';
import type { MeOutput } from './dto/me.output';

@Injectable()
export class MeService {
  constructor(@InjectRepository(Org) private readonly orgs: Repository<Org>) {}

  async describe(user: AuthUser): Promise<MeOutput> {
    const org = await this.orgs.findOneByOrFail({ id: user.orgId });
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      orgId: org.id,
      orgName: org.name,
      orgType: org.type,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
    };
  }
}
