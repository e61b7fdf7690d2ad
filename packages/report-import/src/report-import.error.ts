/** Why a file cannot be read as a published report. Each code has one Chinese message a user can act on. */
export enum ReportImportErrorCode {
  FileTooLarge = 'FILE_TOO_LARGE',
  EmptyFile = 'EMPTY_FILE',
  UnsupportedExtension = 'UNSUPPORTED_EXTENSION',
  LegacyWordDocument = 'LEGACY_WORD_DOCUMENT',
  DocxIsHtml = 'DOCX_IS_HTML',
  CorruptDocx = 'CORRUPT_DOCX',
  BinaryContent = 'BINARY_CONTENT',
  NoStatisticsTables = 'NO_STATISTICS_TABLES',
  EncryptedPdf = 'ENCRYPTED_PDF',
  ScannedPdf = 'SCANNED_PDF',
  CorruptPdf = 'CORRUPT_PDF',
  TooManyPages = 'TOO_MANY_PAGES',
}

/** Bad input: the caller shows `message` (Chinese) and never a stack trace. */
export class ReportImportError extends Error {
  constructor(
    readonly code: ReportImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportImportError';
  }
}
