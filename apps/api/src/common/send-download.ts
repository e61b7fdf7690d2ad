import type { Response } from 'express';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_MIME = 'application/zip';
export const PDF_MIME = 'application/pdf';
export const HTML_MIME = 'text/html; charset=utf-8';

const MIME_BY_EXTENSION: Record<string, string> = {
  xlsx: XLSX_MIME,
  docx: DOCX_MIME,
  zip: ZIP_MIME,
  pdf: PDF_MIME,
  html: HTML_MIME,
};

/** The content type of a file we serve, from its extension (every download is one of ours). */
export function mimeTypeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const mimeType = MIME_BY_EXTENSION[extension];
  if (!mimeType) throw new Error(`no content type for a download named ${fileName}`);
  return mimeType;
}

/**
 * Sends a file as a download (`contentType` for a file we did not make, e.g. an uploaded source). The Chinese name travels in `filename*` (RFC 5987); old browsers get an ASCII fallback
 * with the same extension.
 */
export function sendDownload(
  response: Response,
  fileName: string,
  content: Uint8Array,
  contentType = mimeTypeOf(fileName),
): void {
  response.setHeader('content-type', contentType);
  response.setHeader(
    'content-disposition',
    `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  response.end(Buffer.from(content));
}
