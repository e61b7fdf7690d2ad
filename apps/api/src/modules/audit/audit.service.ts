import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { Repository } from 'typeorm';
import { insertRow } from '../../database/entity-row-writer';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from './entities/audit-entry.entity';
import type { AuditQuery } from './dto/audit-query.input';
import { OrgScopeService } from '../orgs/org-scope.service';

export interface AuditRecord {
  actor: Pick<AuthUser, 'id'> | null;
  action: string;
  entityType: string;
  entityId: number | null;
  /** Path of the org the record belongs to: readers see entries inside their own subtree. */
  orgPath: string;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly scope: OrgScopeService,
  ) {}

  /** Pass the transaction's manager when the audited change runs in one, so both commit or neither. */
  async record(record: AuditRecord, manager: EntityManager = this.entries.manager): Promise<void> {
    // One statement, no read-back.
    await insertRow(manager, AuditEntry, {
      at: new Date(),
      userId: record.actor?.id ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      orgPath: record.orgPath,
      detail: record.detail ?? null,
    });
  }

  /** Newest first, only entries of records inside the reader's subtree. */
  async list(reader: AuthUser, query: AuditQuery): Promise<AuditEntry[]> {
    const builder = this.scope
      .restrict(this.entries.createQueryBuilder('entry'), 'entry.orgPath', reader)
      .orderBy('entry.id', 'DESC')
      .take(query.limit ?? 100);
    if (query.entityType)
      builder.andWhere('entry.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId !== undefined)
      builder.andWhere('entry.entityId = :entityId', { entityId: query.entityId });
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.beforeId !== undefined) builder.andWhere('entry.id < :beforeId', { beforeId: query.beforeId });
    return builder.getMany();
  }
}
