import { createHmac, timingSafeEqual } from 'node:crypto';

const TTL_MS = 10 * 60 * 1000;

export interface BindingTicket {
  configId: number;
  workUserId: string;
}

/**
 * The OAuth code is spent on the first sign-in attempt; an unbound account gets this signed ticket instead, which
 * names its work-app account for ten minutes, so the user can type their binding code without signing in again.
 */
export function issueTicket(secret: string, ticket: BindingTicket, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...ticket, exp: now + TTL_MS })).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

export function readTicket(secret: string, value: string, now = Date.now()): BindingTicket | null {
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as BindingTicket & {
    exp: number;
  };
  return parsed.exp > now ? { configId: parsed.configId, workUserId: parsed.workUserId } : null;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', `work-app-binding:${secret}`).update(payload).digest('base64url');
}
