export enum ExcelImportErrorCode {
  LegacyXls = 'LEGACY_XLS',
  WpsEt = 'WPS_ET',
  Csv = 'CSV',
  Encrypted = 'ENCRYPTED',
  NotAWorkbook = 'NOT_XLSX',
  Corrupt = 'CORRUPT',
  TooLarge = 'TOO_LARGE',
  ZipBomb = 'ZIP_BOMB',
  UnknownFormat = 'UNKNOWN_FORMAT',
}

/** A file that cannot be read as a report workbook at all. `message` is Chinese and tells the user what to do. */
export class ExcelImportError extends Error {
  constructor(
    readonly code: ExcelImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExcelImportError';
  }
}
