import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Answer = { status?: number; body: Record<string, unknown> };

/**
 * WeChat on loopback: code2Session (`ok:<openid>` logs in), access tokens (counted), and subscribe-send answering
 * from a script (then `ok`).
 */
export class FakeWechat {
  tokenRequests = 0;
  sends: { token: string | null; body: Record<string, unknown> }[] = [];
  script: Answer[] = [];
  private server: Server;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        let answer: Answer;
        if (url.pathname === '/sns/jscode2session') {
          const code = url.searchParams.get('js_code') ?? '';
          answer = {
            body: code.startsWith('ok:') ? { openid: code.slice(3), session_key: 'k' } : { errcode: 40029 },
          };
        } else if (url.pathname === '/cgi-bin/token') {
          this.tokenRequests += 1;
          answer = { body: { access_token: `token-${this.tokenRequests}`, expires_in: 7200 } };
        } else {
          this.sends.push({ token: url.searchParams.get('access_token'), body: JSON.parse(raw) });
          answer = this.script.shift() ?? { body: { errcode: 0, errmsg: 'ok' } };
        }
        response.statusCode = answer.status ?? 200;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
