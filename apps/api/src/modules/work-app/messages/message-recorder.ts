import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { WorkAppApiError } from '../client/work-app-api-error';
import { WorkAppClient } from '../client/work-app.client';
import type { WorkAppSettings } from '../config/work-app-settings';
import { WorkAppMessage } from '../entities/work-app-message.entity';

/**
 * Sends one recorded message and writes its fate on the row: sent (with the card's response_code), failed for
 * good (the work app refused it), or still pending after a busy or unreachable work app — then it throws, so the
 * job that sent it is retried later by the queue with its backoff.
 */
@Injectable()
export class MessageRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: WorkAppClient,
  ) {}

  /** Inserts the row unless its dedupeKey exists; returns the stored row either way. */
  async record(
    row: Omit<WorkAppMessage, 'id' | 'attempts' | 'sentAt' | 'lastError' | 'outcome' | 'responseCode'>,
  ) {
    const repository = this.dataSource.getRepository(WorkAppMessage);
    try {
      await repository.insert({
        ...row,
        attempts: 0,
        sentAt: null,
        lastError: null,
        outcome: null,
        responseCode: null,
      });
    } catch (error) {
      if (!(error instanceof QueryFailedError && /duplicate|unique/i.test(error.message))) throw error;
    }
    return repository.findOneByOrFail({ dedupeKey: row.dedupeKey });
  }

  async send(settings: WorkAppSettings, message: WorkAppMessage, body: object): Promise<void> {
    const repository = this.dataSource.getRepository(WorkAppMessage);
    try {
      const answer = await this.client.post(settings, '/cgi-bin/message/send', body);
      await repository.update(
        { id: message.id },
        {
          status: 'sent',
          sentAt: new Date(),
          attempts: message.attempts + 1,
          lastError: null,
          responseCode: typeof answer.response_code === 'string' ? answer.response_code : null,
        },
      );
    } catch (error) {
      const isRetryable = !(error instanceof WorkAppApiError) || error.isRetryable;
      await repository.update(
        { id: message.id },
        {
          status: isRetryable ? 'pending' : 'failed',
          attempts: message.attempts + 1,
          lastError: (error instanceof WorkAppApiError ? error.message : '发送失败').slice(0, 250),
        },
      );
      if (isRetryable) throw error;
    }
  }
}
