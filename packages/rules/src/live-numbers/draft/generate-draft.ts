import type { FormatId } from '../../formats/types';
import type { LiveRun } from '../live-number';
import type { LiveContext } from '../resolve-live-number';
import { compact, type DraftItem, enumeration, figure, holds, text } from './draft-runs';

/** A proposed paragraph: where it belongs and its runs, every number live. */
export interface DraftParagraph {
  /** The narrative section (`overview`, `reviews`…); null for a legacy report, whose sections are free. */
  sectionId: string | null;
  /** The sub-topic of 一、总体情况 (`overview-proactive`…), if any. */
  subsectionId: string | null;
  /** What the paragraph is about, for the proposal list: 主动公开, 依申请公开… */
  topic: string;
  runs: LiveRun[];
}

export interface DraftOptions {
  /** Which wording to use; each paragraph has a few, as real reports word the same facts differently. */
  variant?: number;
}

const OUTCOMES: DraftItem[] = [
  { words: '予以公开', figure: 'DISCLOSED' },
  { words: '部分公开', figure: 'PARTLY-DISCLOSED' },
  { words: '不予公开', figure: 'WITHHELD' },
  { words: '无法提供', figure: 'CANNOT-PROVIDE' },
  { words: '不予处理', figure: 'NOT-PROCESSED' },
  { words: '其他处理', figure: 'OTHER-HANDLING' },
];

const LEGACY_OUTCOMES: DraftItem[] = [
  { words: '属于已主动公开范围', figure: 'ALREADY-PUBLIC' },
  { words: '同意公开', figure: 'DISCLOSED' },
  { words: '同意部分公开', figure: 'PARTLY-DISCLOSED' },
  { words: '不同意公开', figure: 'WITHHELD' },
  { words: '不属于本行政机关公开', figure: 'NOT-THIS-AGENCY' },
  { words: '申请信息不存在', figure: 'NOT-HELD' },
  { words: '告知作出更改补充', figure: 'UNCLEAR' },
  { words: '告知通过其他途径办理', figure: 'OTHER-CHANNEL' },
];

const PROACTIVE_ITEMS: DraftItem[] = [
  { words: '行政规范性文件', figure: 'NORMATIVE' },
  { words: '行政许可决定', figure: 'LICENSING' },
  { words: '其他对外管理服务事项', figure: 'OTHER-SERVICES' },
  { words: '行政处罚决定', figure: 'PENALTIES' },
  { words: '行政强制决定', figure: 'ENFORCEMENT' },
];

const CASE_OUTCOMES = (prefix: 'REVIEW' | 'LAWSUIT'): DraftItem[] => [
  { words: '结果维持', figure: `${prefix}-KEPT` },
  { words: '结果纠正', figure: `${prefix}-CORRECTED` },
  { words: '其他结果', figure: `${prefix}-OTHER` },
  { words: '尚未审结', figure: `${prefix}-PENDING` },
];

const pick = <T>(variants: readonly T[], variant: number): T => variants[variant % variants.length];

interface Subject {
  formatId: FormatId;
  year: string;
  agency: string;
  hasPrevious: boolean;
  variant: number;
}

/** “，同比增加12件” after a figure, when last year's report is known. */
const yearOnYear = (subject: Subject, id: string): LiveRun[] =>
  subject.hasPrevious ? [text('，同比'), figure(id, 'change')] : [];

function proactive(subject: Subject): LiveRun[] | null {
  const { formatId, year, agency, variant } = subject;
  const opening = pick([`${year}年，${agency}`, `${year}年度，${agency}`, `本年度，${agency}`], variant);
  if (formatId === 'legacy') {
    return [
      text(`${opening}共主动公开政府信息`),
      figure('PUBLISHED'),
      ...yearOnYear(subject, 'PUBLISHED'),
      text('。其中，'),
      ...enumeration(formatId, [
        { words: '通过政府网站公开', figure: 'PUBLISHED-WEBSITE' },
        { words: '通过政府公报公开', figure: 'PUBLISHED-GAZETTE' },
        { words: '通过政务微博公开', figure: 'PUBLISHED-WEIBO' },
        { words: '通过政务微信公开', figure: 'PUBLISHED-WEIXIN' },
      ]),
      text('；主动公开规范性文件'),
      figure('NORMATIVE'),
      text('。'),
    ];
  }
  const verb = pick(['依法主动公开', '及时主动公开', '按照“五公开”要求主动公开'], variant);
  return [
    text(`${opening}${verb}${pick(['各类政府信息', '法定主动公开内容', '重点领域政府信息'], variant)}。`),
    text('全年制发并公开'),
    ...enumeration(formatId, PROACTIVE_ITEMS.slice(0, 1)),
    text('；公开'),
    ...enumeration(formatId, PROACTIVE_ITEMS.slice(1), '、'),
    ...(holds(formatId, 'CHARGES-AMOUNT')
      ? [text('；公开行政事业性收费金额'), figure('CHARGES-AMOUNT')]
      : []),
    text('。'),
  ];
}

function onRequest(subject: Subject): LiveRun[] {
  const { formatId, year, agency, variant } = subject;
  const opening = pick(
    [`${year}年，${agency}共收到`, `${year}年度，${agency}共受理`, `本年度${agency}新收`],
    variant,
  );
  const outcomes = formatId === 'legacy' ? LEGACY_OUTCOMES : OUTCOMES;
  return [
    text(`${opening}政府信息公开申请`),
    figure('RECEIVED'),
    ...yearOnYear(subject, 'RECEIVED'),
    ...(holds(formatId, 'CARRIED-IN') ? [text('，上年结转政府信息公开申请'), figure('CARRIED-IN')] : []),
    text(`。${pick(['全年办结申请', '本年度办结申请', '已办结申请'], variant)}`),
    figure('HANDLED'),
    text('，其中'),
    ...enumeration(formatId, outcomes),
    ...(holds(formatId, 'DISCLOSED-RATE') ? [text('，予以公开率为'), figure('DISCLOSED-RATE')] : []),
    ...(holds(formatId, 'CARRIED-OUT') ? [text('；结转下年度继续办理'), figure('CARRIED-OUT')] : []),
    text('。'),
  ];
}

function cases(subject: Subject): LiveRun[] {
  const { formatId, variant } = subject;
  return [
    text(
      pick(
        [
          '本年度，因政府信息公开工作被申请行政复议',
          '全年因政府信息公开工作被申请行政复议',
          '本年度共发生政府信息公开行政复议',
        ],
        variant,
      ),
    ),
    figure('REVIEW-TOTAL'),
    text('，其中'),
    ...enumeration(formatId, CASE_OUTCOMES('REVIEW')),
    text('；被提起行政诉讼'),
    figure('LAWSUIT-TOTAL'),
    text('，其中'),
    ...enumeration(formatId, CASE_OUTCOMES('LAWSUIT')),
    text('。'),
  ];
}

/** Legacy tables count staff, meetings, training and fees; their sentences close a legacy overview. */
function legacyOversight(subject: Subject): LiveRun[] {
  return [
    text(`${subject.agency}从事政府信息公开工作人员`),
    figure('STAFF'),
    text('，其中专职人员'),
    figure('FULL-TIME-STAFF'),
    text('，兼职人员'),
    figure('PART-TIME-STAFF'),
    text('。全年召开政府信息公开工作会议'),
    figure('MEETINGS'),
    text('，举办政府信息公开培训班'),
    figure('TRAINING'),
    text('。依申请公开政府信息收取费用'),
    figure('FEES'),
    text('。'),
  ];
}

/**
 * 生成初稿: the standard paragraphs of 一、总体情况 written from the tables (and last year's report for 同比), in
 * the wording of real reports, every number live. Deterministic: the same report and variant give the same text.
 * A proposal only — the caller shows it and the user inserts what they want.
 */
export function generateDraft(context: LiveContext, { variant = 0 }: DraftOptions = {}): DraftParagraph[] {
  const { report, previous } = context;
  const subject: Subject = {
    formatId: report.formatId,
    year: report.reportYear ? String(report.reportYear) : '本',
    agency: report.agency?.trim() || '本机关',
    hasPrevious: !!previous,
    variant: Math.max(0, Math.trunc(variant)),
  };
  const isLegacy = report.formatId === 'legacy';
  const place = (subsectionId: string) => ({
    sectionId: isLegacy ? null : 'overview',
    subsectionId: isLegacy ? null : subsectionId,
  });
  const paragraphs: DraftParagraph[] = [
    { ...place('overview-proactive'), topic: '主动公开', runs: proactive(subject) ?? [] },
    { ...place('overview-on-request'), topic: '依申请公开', runs: onRequest(subject) },
    { ...place('overview-on-request'), topic: '行政复议和行政诉讼', runs: cases(subject) },
  ];
  if (isLegacy)
    paragraphs.push({
      ...place('overview-oversight'),
      topic: '机构人员、会议培训和收费',
      runs: legacyOversight(subject),
    });
  return paragraphs.map((paragraph) => ({ ...paragraph, runs: compact(paragraph.runs) }));
}
