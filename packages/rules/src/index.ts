export * from './formats/types';
export {
  FORMAT_IDS,
  cellCode,
  findCell,
  formatForYear,
  getFormat,
  gridCellCode,
  isFormatId,
  listCells,
} from './formats/registry';
export { SIX_NARRATIVE_SECTIONS } from './formats/shared-2019-2021';
export { isNearLabel, labelDistance, labelKey, normalizeLabel, stripNumbering } from './labels';
export { parseCellText, roundAmount } from './values';
export type { CellTextStatus, ParsedCellText } from './values';
export * from './report';
export { AGENCY_LEVELS, guessAgencyLevel } from './agency-level';
export { NOT_CHECKABLE, RULES } from './rules/catalogue';
export type { RuleDef } from './rules/catalogue';
export type { CellRef, Check } from './rules/checks';
export { hasBlockingViolation, rulesFor, validateReport } from './rules/validate';
export type { ValidateOptions } from './rules/validate';
export { consolidate } from './consolidate';
export type { Consolidation } from './consolidate';
export * from './detect-format';
export * from './narrative';
export { findingKey } from './finding-key';
export { isPublishedOnTime, publicationDeadline } from './publication-deadline';
export { chinaDay } from './china-day';
export { formatCount, formatExactCount, formatShare, NOT_KNOWN } from './display/format-figure';
export * from './layout';
export * from './live-numbers';
export * from './analytics';
