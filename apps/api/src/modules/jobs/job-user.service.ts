import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authUserOf } from '../auth/auth-user';
import type { AuthUser } from '../auth/auth-user';
import { Org } from '../orgs/entities/org.entity';
import { User } from '../users/entities/user.entity';
import { JobsErrorCode, JobsException } from './jobs.exception';

/**
 * The user who submitted a job, as the request saw them, loaded again in the worker: a job acts with its
 * owner's rights at the time it runs (a deactivated account's job fails).
 */
@Injectable()
export class JobUserService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: number): Promise<AuthUser> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoinAndMapOne('user.org', Org, 'org', 'org.id = user.orgId')
      .where('user.id = :id', { id: userId })
      .getOne();
    if (!user || !user.isActive) throw new JobsException(JobsErrorCode.JOB_NOT_FOUND);
    const { org } = user as User & { org: Org };
    return authUserOf(user, org);
  }
}
