import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallbackCrypto } from '../../src/modules/work-app/crypto/callback-crypto';
import { xmlField } from '../../src/modules/work-app/callback/callback-xml';

type Answer = Record<string, unknown>;

export const FAKE_CORP = {
  corpId: 'ww-fake-corp-0001',
  agentId: '1000002',
  secret: 'fake-work-app-secret-0123456789',
  callbackToken: 'fakeCallbackToken',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
};

/**
 * 企业微信 / 政务微信 on loopback: gettoken (tokens can be expired at will), OAuth getuserinfo (a code `ok:<userid>`
 * signs in as that user), message/send (answers from a script, then ok with a response_code) and
 * update_template_card. It also plays the work app's side of the callback: taps, signed and encrypted as it would.
 */
export class FakeWorkApp {
  tokenRequests = 0;
  sends: { token: string; body: Answer }[] = [];
  updates: { token: string; body: Answer }[] = [];
  /** Who the work app's browser is signed in as: its OAuth page sends them back with a code for this userid. */
  signedInUser = '';
  /** Answers of the next message/send calls, in order (e.g. { errcode: 45009 }). */
  script: Answer[] = [];
  baseUrl = '';
  private validTokens = new Set<string>();
  private server?: Server;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        if (url.pathname === '/connect/oauth2/authorize') {
          response.writeHead(302, { location: this.oauthReturn(url) });
          response.end();
          return;
        }
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(this.answer(url, raw)));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Every token issued so far stops working (what the work app does after 7200 s, or on a new secret). */
  expireTokens(): void {
    this.validTokens.clear();
  }

  /** A tap on a card button, as the work app posts it: the event encrypted and signed with `token`. */
  tapRequest(tap: { workUserId: string; taskId: string; key: string; responseCode: string }, token?: string) {
    const crypto = new CallbackCrypto(
      token ?? FAKE_CORP.callbackToken,
      FAKE_CORP.encodingAesKey,
      FAKE_CORP.corpId,
    );
    const event =
      `<xml><ToUserName><![CDATA[${FAKE_CORP.corpId}]]></ToUserName><FromUserName><![CDATA[${tap.workUserId}]]></FromUserName>` +
      `<CreateTime>1767225600</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>` +
      `<EventKey><![CDATA[${tap.key}]]></EventKey><TaskId><![CDATA[${tap.taskId}]]></TaskId>` +
      `<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[${tap.responseCode}]]></ResponseCode>` +
      `<AgentID>${FAKE_CORP.agentId}</AgentID></xml>`;
    const encrypted = crypto.encrypt(event);
    const timestamp = '1767225600';
    const nonce = 'n0nce42';
    return {
      query: `msg_signature=${crypto.signature(timestamp, nonce, encrypted)}&timestamp=${timestamp}&nonce=${nonce}`,
      body: `<xml><ToUserName><![CDATA[${FAKE_CORP.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[${FAKE_CORP.agentId}]]></AgentID></xml>`,
    };
  }

  /** What the passive reply to a tap says: checks its signature as the work app would, then decrypts it. */
  readReply(xml: string): { isSigned: boolean; replaceName: string | null } {
    const crypto = new CallbackCrypto(FAKE_CORP.callbackToken, FAKE_CORP.encodingAesKey, FAKE_CORP.corpId);
    const encrypted = xmlField(xml, 'Encrypt') ?? '';
    const isSigned = crypto.isSigned(
      xmlField(xml, 'MsgSignature') ?? '',
      xmlField(xml, 'TimeStamp') ?? '',
      xmlField(xml, 'Nonce') ?? '',
      encrypted,
    );
    return { isSigned, replaceName: xmlField(crypto.decrypt(encrypted), 'ReplaceName') };
  }

  /**
   * Where the OAuth page sends the browser back: redirect_uri with `code` and `state` added to its query, before any
   * `#` route (as the work app does for single-page apps).
   */
  private oauthReturn(url: URL): string {
    const target = url.searchParams.get('redirect_uri') ?? '';
    const [beforeHash, hash = ''] = target.split(/#(.*)/s);
    const separator = beforeHash.includes('?') ? '&' : '?';
    const code = encodeURIComponent(`ok:${this.signedInUser}`);
    const state = encodeURIComponent(url.searchParams.get('state') ?? '');
    return `${beforeHash}${separator}code=${code}&state=${state}${hash ? `#${hash}` : ''}`;
  }

  private answer(url: URL, raw: string): Answer {
    const token = url.searchParams.get('access_token') ?? '';
    if (url.pathname === '/cgi-bin/gettoken') {
      if (
        url.searchParams.get('corpid') !== FAKE_CORP.corpId ||
        url.searchParams.get('corpsecret') !== FAKE_CORP.secret
      )
        return { errcode: 40001, errmsg: 'invalid credential' };
      this.tokenRequests += 1;
      const issued = `wt-${this.tokenRequests}`;
      this.validTokens.add(issued);
      return { errcode: 0, errmsg: 'ok', access_token: issued, expires_in: 7200 };
    }
    if (!this.validTokens.has(token)) return { errcode: 42001, errmsg: 'access_token expired' };
    if (url.pathname === '/cgi-bin/auth/getuserinfo') {
      const code = url.searchParams.get('code') ?? '';
      return code.startsWith('ok:')
        ? { errcode: 0, errmsg: 'ok', userid: code.slice(3) }
        : { errcode: 40029, errmsg: 'invalid code' };
    }
    if (url.pathname === '/cgi-bin/message/send') {
      const scripted = this.script.shift();
      if (scripted) return scripted;
      this.sends.push({ token, body: JSON.parse(raw) });
      return {
        errcode: 0,
        errmsg: 'ok',
        msgid: `m${this.sends.length}`,
        response_code: `rc-send-${this.sends.length}`,
      };
    }
    if (url.pathname === '/cgi-bin/message/update_template_card') {
      this.updates.push({ token, body: JSON.parse(raw) });
      return { errcode: 0, errmsg: 'ok' };
    }
    return { errcode: 404, errmsg: 'unknown path' };
  }
}
