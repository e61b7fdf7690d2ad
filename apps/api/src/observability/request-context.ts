import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy may hand us as a request id; anything else is replaced, so logs never carry injected text. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

const context = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Gives every request an id (nginx's X-Request-Id when it sends one, else a new UUID), returns it in the response
 * header and keeps it for the rest of the request, so logs and queued jobs can name the request they came from.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const requestId =
    typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (request as Request & { id: string }).id = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  context.run({ requestId }, next);
}

/** The id of the HTTP request being served, or undefined outside a request (a job, a timer). */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

/** Runs `work` as part of the request `requestId` (a worker handling a job that request queued). */
export function runWithRequestId<T>(requestId: string | undefined, work: () => T): T {
  return requestId ? context.run({ requestId }, work) : work();
}
