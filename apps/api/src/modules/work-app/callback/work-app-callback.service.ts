import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { authUserOf } from '../../auth/auth-user';
import { Org } from '../../orgs/entities/org.entity';
import { ReportErrorCode, ReportException } from '../../reports/reports.exception';
import { ReportWorkflowService } from '../../reports/report-workflow.service';
import { User } from '../../users/entities/user.entity';
import { WorkAppConfigService } from '../config/work-app-config.service';
import type { WorkAppSettings } from '../config/work-app-settings';
import { CallbackCrypto, CallbackCryptoError } from '../crypto/callback-crypto';
import { WorkAppBinding } from '../entities/work-app-binding.entity';
import { WorkAppMessage } from '../entities/work-app-message.entity';
import { APPROVE_KEY } from '../messages/approval-card';
import { WorkAppErrorCode, WorkAppException } from '../work-app.exception';
import { encryptedReply, updateButtonReply, xmlField } from './callback-xml';

export interface CallbackQuery {
  msg_signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
}

/** What a tap answers, in the words the API's refusals would use. */
export const TAP_ANSWERS = {
  approved: '已同意',
  alreadyHandled: '已处理',
  notYours: '已不需要您处理',
  needsApp: '请在系统中处理',
} as const;

/**
 * The work app's callback URL. Every request must carry the signature of the city's token over the encrypted
 * body; anything else is refused before it is decrypted. A 同意 tap fires the very same workflow action as the API
 * (ReportWorkflowService: same guards, same version check), as the card's user, on the card's report version.
 */
@Injectable()
export class WorkAppCallbackService {
  private readonly logger = new Logger('WorkAppCallback');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly configs: WorkAppConfigService,
    private readonly workflow: ReportWorkflowService,
  ) {}

  /** URL verification when the callback is saved in the work app's console: answer the decrypted echostr. */
  async verifyUrl(configId: number, query: CallbackQuery): Promise<string> {
    const { settings, crypto } = await this.open(configId);
    const echo = query.echostr ?? '';
    this.checkSignature(crypto, query, echo);
    return this.decrypt(crypto, echo, settings);
  }

  /** An event: answers the encrypted passive reply (or an empty body for events we do not act on). */
  async receive(configId: number, query: CallbackQuery, body: string): Promise<string> {
    const { settings, crypto } = await this.open(configId);
    const encrypted = xmlField(body, 'Encrypt') ?? '';
    this.checkSignature(crypto, query, encrypted);
    const event = this.decrypt(crypto, encrypted, settings);
    if (xmlField(event, 'Event') !== 'template_card_event') return '';
    const workUserId = xmlField(event, 'FromUserName') ?? '';
    const answer = await this.tap(
      settings,
      workUserId,
      xmlField(event, 'TaskId') ?? '',
      xmlField(event, 'EventKey') ?? '',
      xmlField(event, 'ResponseCode'),
    );
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const reply = crypto.encrypt(updateButtonReply(workUserId, settings.corpId, answer, Number(timestamp)));
    return encryptedReply(reply, crypto.signature(timestamp, nonce, reply), timestamp, nonce);
  }

  private async tap(
    settings: WorkAppSettings,
    workUserId: string,
    taskId: string,
    key: string,
    responseCode: string | null,
  ): Promise<string> {
    const messages = this.dataSource.getRepository(WorkAppMessage);
    const card = await messages.findOneBy({ taskId, configId: settings.id, kind: 'card' });
    const binding = await this.dataSource
      .getRepository(WorkAppBinding)
      .findOneBy({ configId: settings.id, workUserId });
    // A card of someone else, or an account unbound since: the tapper may not act through it.
    if (!card || !binding || binding.userId !== card.userId || card.reportId === null)
      return TAP_ANSWERS.notYours;
    if (key !== APPROVE_KEY) return TAP_ANSWERS.needsApp;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: binding.userId, isActive: true });
    const org = user ? await this.dataSource.getRepository(Org).findOneBy({ id: user.orgId }) : null;
    if (!user || !org) return TAP_ANSWERS.notYours;
    // Written before the action, because the action queues the job that updates the card: the newest response
    // code is the one update_template_card accepts, and the outcome is what the card will say.
    await messages.update(
      { id: card.id },
      {
        ...(responseCode ? { responseCode } : {}),
        ...(card.status !== 'closed' ? { outcome: TAP_ANSWERS.approved } : {}),
      },
    );
    const answer = await this.approve(authUserOf(user, org), card);
    if (answer !== TAP_ANSWERS.approved && card.status !== 'closed')
      await messages.update({ id: card.id, status: card.status }, { outcome: card.outcome });
    return answer;
  }

  private async approve(user: ReturnType<typeof authUserOf>, card: WorkAppMessage): Promise<string> {
    try {
      await this.workflow.act(user, card.reportId ?? 0, 'approve', { version: card.reportVersion ?? 0 });
      return TAP_ANSWERS.approved;
    } catch (error) {
      if (!(error instanceof ReportException)) throw error;
      if (error.code === ReportErrorCode.ALREADY_HANDLED) return TAP_ANSWERS.alreadyHandled;
      if (['NOT_ALLOWED', 'WRONG_STATE', 'NO_ROUTE', ReportErrorCode.REPORT_NOT_FOUND].includes(error.code))
        return TAP_ANSWERS.notYours;
      // A guard the card cannot satisfy (e.g. the district is not complete yet): the reason is in the system.
      this.logger.log(`tap on card ${card.id} refused: ${error.code}`);
      return TAP_ANSWERS.needsApp;
    }
  }

  private async open(configId: number): Promise<{ settings: WorkAppSettings; crypto: CallbackCrypto }> {
    const settings = await this.configs.settings(configId);
    if (!settings || !settings.isEnabled) throw new WorkAppException(WorkAppErrorCode.WORK_APP_DISABLED);
    return {
      settings,
      crypto: new CallbackCrypto(settings.callbackToken, settings.encodingAesKey, settings.corpId),
    };
  }

  private checkSignature(crypto: CallbackCrypto, query: CallbackQuery, encrypted: string): void {
    const { msg_signature: signature, timestamp, nonce } = query;
    if (
      !signature ||
      !timestamp ||
      !nonce ||
      !encrypted ||
      !crypto.isSigned(signature, timestamp, nonce, encrypted)
    ) {
      this.logger.warn('callback refused: bad signature');
      throw new WorkAppException(WorkAppErrorCode.INVALID_CALLBACK);
    }
  }

  private decrypt(crypto: CallbackCrypto, encrypted: string, settings: WorkAppSettings): string {
    try {
      return crypto.decrypt(encrypted);
    } catch (error) {
      if (!(error instanceof CallbackCryptoError)) throw error;
      this.logger.warn(`callback for ${settings.corpId} refused: ${error.message}`);
      throw new WorkAppException(WorkAppErrorCode.INVALID_CALLBACK);
    }
  }
}
