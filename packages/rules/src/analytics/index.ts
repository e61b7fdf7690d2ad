export {
  extractReportFigures,
  isReportFigureId,
  REPORT_FIGURE_IDS,
  REPORT_FIGURES,
  reportFigureDef,
} from './report-figures';
export type { ReportFigureDef, ReportFigureId, ReportFigures } from './report-figures';
export { describeDistribution, OUTLIER_Z, quantile, robustZScore } from './robust-statistics';
export type { Distribution } from './robust-statistics';
export { countSubmissionFindings, QUALITY_CRITERIA, scoreReportQuality } from './report-quality';
export type {
  QualityCriterion,
  QualityCriterionId,
  QualityScore,
  ReportQualityFacts,
  SubmissionFindings,
} from './report-quality';
export {
  isYearOverYearJump,
  JUMP_MIN_BASE,
  JUMP_RATIO,
  REPORT_SHARES,
  reportShareDef,
  sharePercent,
} from './report-shares';
export type { ReportShareDef } from './report-shares';
