import type { Request, Response } from 'express';
import { mimeTypeOf } from '../../common/send-download';

/** What a 年报专栏 route answers: a page, a file or an error page, with how long a CDN may keep it. */
export interface PublicResponse {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  /** Seconds a browser or CDN may reuse the answer (revalidated with the ETag afterwards). */
  maxAge: number;
  /** Set for downloads (Word, PDF, CSV, JSON files of a year). */
  fileName?: string;
}

export const HTML = 'text/html; charset=utf-8';

/**
 * Sends the answer with Cache-Control; Express adds a weak ETag from the body and answers 304 to a matching
 * If-None-Match, so a CDN or browser revalidates cheaply after max-age.
 */
export function sendPublic(response: Response, answer: PublicResponse): void {
  response.status(answer.status);
  response.setHeader('content-type', answer.fileName ? mimeTypeOfPublic(answer) : answer.contentType);
  response.setHeader('cache-control', `public, max-age=${answer.maxAge}`);
  if (answer.fileName) {
    response.setHeader(
      'content-disposition',
      `attachment; filename="${answer.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(answer.fileName)}`,
    );
  }
  response.send(typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body));
}

function mimeTypeOfPublic(answer: PublicResponse): string {
  return /\.(docx|pdf)$/.test(answer.fileName ?? '') ? mimeTypeOf(answer.fileName!) : answer.contentType;
}

/** The reader's origin as the links in feeds and canonical tags need it (behind a trusted proxy, its forwarded host). */
export function requestOrigin(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

export const isLargeText = (request: Request): boolean => request.query.size === 'large';
