import type { Request } from 'express';

/** Callbacks are small XML documents; anything bigger is not from the work app. */
const MAX_BYTES = 64 * 1024;

/** The request body as text: the JSON and form parsers leave an XML body unread. */
export async function readRawBody(request: Request): Promise<string> {
  if (typeof request.body === 'string') return request.body;
  if (request.readableEnded) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
