import type { FormatId } from '../formats/types';

/** Which part of the report a stated number is about; each group is one rule id (`NARRATIVE-<group>`). */
export type MetricGroup =
  'PROACTIVE' | 'APPLICATIONS' | 'OUTCOMES' | 'REVIEWS' | 'LAWSUITS' | 'FEES' | 'STAFF' | 'MEETINGS';

/** What a metric counts, which decides the units the text may state it in. */
export type MetricUnit = 'count' | 'people' | 'times' | 'amount';

export const UNITS_OF: Record<MetricUnit, readonly string[]> = {
  count: ['件', '件次', '条', '起', '宗', '项', '个', '篇'],
  people: ['名', '人'],
  times: ['次', '场', '期'],
  amount: ['万元', '元'],
};

/** A sentence about 行政复议 or 行政诉讼: the words 维持, 纠错, 其他 then belong to that case type. */
export type CaseTopic = 'review' | 'lawsuit';

/**
 * One quantity the narrative may state, and where the tables hold it. `cells` lists, per format, the readings
 * accepted as agreeing: each reading is a list of cells whose sum the text may quote (e.g. 收到申请 = 新收, or
 * 新收 + 上年结转). A format without an entry has no such cell, so the text cannot disagree with it.
 */
export interface MetricDef {
  id: string;
  group: MetricGroup;
  /** Chinese name used in messages. */
  name: string;
  /** Matches the words just before the number (its label). */
  pattern: RegExp;
  /** How many characters may follow the match before the number (“的”, “数”, closing quotes, “政府信息”…). */
  maxTail?: number;
  /** The label must also contain this (e.g. 申请 for application channels). */
  requires?: RegExp;
  /** The sentence must be about applications (申请, 答复, 办理…); guards generic words like “予以公开”. */
  needsApplicationContext?: boolean;
  /** Only in a sentence about this case type. */
  topic?: CaseTopic;
  /** The label must not contain this (e.g. a channel name makes “公开政府信息X条” a channel's count, not the total). */
  excludes?: RegExp;
  /** A total: a number introduced by “其中” is a part of something, not this total. */
  isTotal?: boolean;
  unit: MetricUnit;
  cells: Partial<Record<FormatId, string[][]>>;
}

const B = (formatId: '2019' | '2021', row: string, column = 'TOT') =>
  `${formatId === '2019' ? 'T19' : 'T21'}.B.${row}.${column}`;
const both = (make: (formatId: '2019' | '2021') => string[][]) => ({
  '2019': make('2019'),
  '2021': make('2021'),
});
const rows = (formatId: '2019' | '2021', prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => B(formatId, `${prefix}_${index + 1}`));
const otherHandling = (formatId: '2019' | '2021') =>
  formatId === '2019' ? [B(formatId, 'R6')] : rows(formatId, 'R6', 3);
const legacy = (...codes: string[]) => codes.map((code) => `L.${code}`);
const caseCells = (formatId: '2019' | '2021', blocks: string[], column: string) =>
  blocks.map((block) => `${formatId === '2019' ? 'T19' : 'T21'}.C.${block}.${column}`);
const LAWSUIT_BLOCKS = ['SS_ZJ', 'SS_FY'];

/** Application channels of the legacy table (the 2019 and 2021 tables do not count them). */
const channelMetrics: MetricDef[] = [
  ['RECEIVED-IN-PERSON', '当面申请数', /(当面|现场)(提出|提交)?申请/, ['L3_1_1']],
  ['RECEIVED-FAX', '传真申请数', /传真(方式)?申请/, ['L3_1_2']],
  [
    'RECEIVED-ONLINE',
    '网络申请数',
    /(网络|网上|网站|在线|互联网|电子邮件)(平台)?(提出|提交)?申请/,
    ['L3_1_3'],
  ],
  ['RECEIVED-LETTER', '信函申请数', /(信函|邮寄|来信)(方式)?申请/, ['L3_1_4']],
  ['RECEIVED-PAPER', '纸质申请数（当面 + 传真 + 信函）', /纸质(方式)?申请/, ['L3_1_1', 'L3_1_2', 'L3_1_4']],
].map(([id, name, pattern, codes]) => ({
  id: id as string,
  group: 'APPLICATIONS' as const,
  name: name as string,
  pattern: pattern as RegExp,
  unit: 'count' as const,
  cells: { legacy: [legacy(...(codes as string[]))] },
}));

/** Channels of proactive publication in the legacy table. */
const publicationChannels: MetricDef[] = [
  ['PUBLISHED-GAZETTE', '政府公报公开政府信息数', /(政府)?公报/, 'L1_2_1'],
  ['PUBLISHED-WEBSITE', '政府网站公开政府信息数', /(政府|门户)?网站/, 'L1_2_2'],
  ['PUBLISHED-WEIBO', '政务微博公开政府信息数', /(政务)?微博/, 'L1_2_3'],
  ['PUBLISHED-WEIXIN', '政务微信公开政府信息数', /(政务)?微信(公众号)?/, 'L1_2_4'],
  ['PUBLISHED-OTHER', '其他方式公开政府信息数', /其他(方式|渠道)/, 'L1_2_5'],
].map(([id, name, channel, code]) => ({
  id: id as string,
  group: 'PROACTIVE' as const,
  name: name as string,
  pattern: new RegExp(
    `${(channel as RegExp).source}[^，。；、]{0,6}(主动)?(公开|发布)(政府|政务)?(信息)?(数|数量)?`,
  ),
  // Several channels or unnamed ones (“通过网站、公示栏等公开”) give a number no single table row holds.
  excludes: /平台|媒体|报刊|公示栏|公开栏|新闻|便民|等|、|和|及|与/,
  maxTail: 2,
  unit: 'count' as const,
  cells: { legacy: [legacy(code as string)] },
}));

export const METRICS: readonly MetricDef[] = [
  {
    id: 'PUBLISHED',
    group: 'PROACTIVE',
    name: '主动公开政府信息数',
    pattern:
      /(?<!已|已经|申请)主动公开(了)?(各类|各项)?(政府|政务)信息(总数|数)?|(?<!主动|申请|已)公开(了)?(各类|各项)?(政府|政务)信息(总数|数)?/,
    // A channel named in the label makes it that channel's count (“通过政务公开平台主动公开政府信息26911条”).
    excludes: /网站|平台|微博|微信|公报|公众号|客户端|APP|媒体|报刊|公示栏|公开栏|新闻/,
    maxTail: 2,
    isTotal: true,
    unit: 'count',
    cells: { legacy: [legacy('L1_1')] },
  },
  ...publicationChannels,
  {
    id: 'NORMATIVE',
    group: 'PROACTIVE',
    name: '规范性文件件数',
    pattern: /(行政)?规范性文件/,
    maxTail: 2,
    unit: 'count',
    cells: {
      legacy: [legacy('L1_1a'), legacy('L1_1b')],
      '2019': [['T19.A.20_1.GF.NEW'], ['T19.A.20_1.GF.PUB'], ['T19.A.20_1.GF.TOT']],
      '2021': [['T21.A.20_1.GF.MADE'], ['T21.A.20_1.GF.VALID']],
    },
  },
  {
    id: 'LICENSING',
    group: 'PROACTIVE',
    name: '行政许可处理决定数量',
    pattern: /行政许可(决定|事项|信息|案件)?/,
    maxTail: 1,
    unit: 'count',
    cells: {
      '2019': [['T19.A.20_5.XK.DEC'], ['T19.A.20_5.XK.PREV', 'T19.A.20_5.XK.DELTA']],
      '2021': [['T21.A.20_5.XK.DEC']],
    },
  },
  {
    id: 'OTHER-SERVICES',
    group: 'PROACTIVE',
    name: '其他对外管理服务事项处理决定数量',
    pattern: /其他对外管理服务事项/,
    maxTail: 1,
    unit: 'count',
    cells: { '2019': [['T19.A.20_5.QT.DEC'], ['T19.A.20_5.QT.PREV', 'T19.A.20_5.QT.DELTA']] },
  },
  {
    id: 'PENALTIES',
    group: 'PROACTIVE',
    name: '行政处罚处理决定数量',
    pattern: /行政处罚(决定|案件|信息)?/,
    maxTail: 1,
    unit: 'count',
    cells: {
      '2019': [['T19.A.20_6.CF.DEC'], ['T19.A.20_6.CF.PREV', 'T19.A.20_6.CF.DELTA']],
      '2021': [['T21.A.20_6.CF.DEC']],
    },
  },
  {
    id: 'ENFORCEMENT',
    group: 'PROACTIVE',
    name: '行政强制处理决定数量',
    pattern: /行政强制(决定|措施|案件|信息)?/,
    maxTail: 1,
    unit: 'count',
    cells: {
      '2019': [['T19.A.20_6.QZ.DEC'], ['T19.A.20_6.QZ.PREV', 'T19.A.20_6.QZ.DELTA']],
      '2021': [['T21.A.20_6.QZ.DEC']],
    },
  },
  {
    id: 'CHARGES',
    group: 'PROACTIVE',
    name: '行政事业性收费项目数量',
    pattern: /行政事业(性)?收费(项目|事项)?/,
    maxTail: 1,
    unit: 'count',
    cells: { '2019': [['T19.A.20_8.SF.PREV', 'T19.A.20_8.SF.DELTA'], ['T19.A.20_8.SF.PREV']] },
  },
  {
    id: 'CHARGES-AMOUNT',
    group: 'PROACTIVE',
    name: '行政事业性收费金额（万元）',
    pattern: /行政事业(性)?收费(金额)?/,
    maxTail: 3,
    unit: 'amount',
    cells: { '2021': [['T21.A.20_8.SF.AMT']] },
  },
  ...channelMetrics,
  {
    id: 'RECEIVED',
    group: 'APPLICATIONS',
    name: '收到申请数',
    pattern: /(收到|受理|接收|接到|新收)[^，。；]{0,20}?申请(公开)?(政府|政务)?(信息)?(数量|数)?/,
    requires: /依申请|公开申请|信息公开/,
    maxTail: 2,
    isTotal: true,
    unit: 'count',
    cells: {
      legacy: [legacy('L3_1')],
      ...both((formatId) => [[B(formatId, 'A1')], [B(formatId, 'A1'), B(formatId, 'A2')]]),
    },
  },
  {
    id: 'CARRIED-IN',
    group: 'APPLICATIONS',
    name: '上年结转申请数',
    pattern: /上一?年(度)?结转/,
    maxTail: 12,
    unit: 'count',
    cells: both((formatId) => [[B(formatId, 'A2')]]),
  },
  {
    id: 'CARRIED-OUT',
    group: 'APPLICATIONS',
    name: '结转下年度继续办理数',
    pattern: /(结转|转入|转)(至|到)?下一?年(度)?/,
    maxTail: 8,
    unit: 'count',
    cells: both((formatId) => [[B(formatId, 'A4')]]),
  },
  {
    id: 'HANDLED',
    group: 'APPLICATIONS',
    name: '办结申请数',
    pattern: /(?<![按时延期])(办结|办理完毕|处理完毕|作出答复|予以答复|依法答复)(了)?(各类)?(申请)?/,
    maxTail: 2,
    isTotal: true,
    unit: 'count',
    cells: { legacy: [legacy('L3_2'), legacy('L3_3')], ...both((formatId) => [[B(formatId, 'R7')]]) },
  },
  {
    id: 'HANDLED-ON-TIME',
    group: 'APPLICATIONS',
    name: '按时办结数',
    pattern: /按时(办结|答复)/,
    maxTail: 2,
    unit: 'count',
    cells: { legacy: [legacy('L3_2_1')] },
  },
  {
    id: 'HANDLED-EXTENDED',
    group: 'APPLICATIONS',
    name: '延期办结数',
    pattern: /延期(办结|答复)/,
    maxTail: 2,
    unit: 'count',
    cells: { legacy: [legacy('L3_2_2')] },
  },
  {
    id: 'NATURAL-PERSONS',
    group: 'APPLICATIONS',
    name: '自然人申请数',
    pattern: /自然人(提出|提交)?(的)?(申请)?/,
    needsApplicationContext: true,
    maxTail: 1,
    unit: 'count',
    cells: both((formatId) => [
      [B(formatId, 'A1', 'NP')],
      [B(formatId, 'A1', 'NP'), B(formatId, 'A2', 'NP')],
    ]),
  },
  {
    id: 'LEGAL-PERSONS',
    group: 'APPLICATIONS',
    name: '法人或其他组织申请数',
    pattern: /法人(或|和|及)?(其他组织)?(提出|提交)?(的)?(申请)?/,
    needsApplicationContext: true,
    maxTail: 1,
    unit: 'count',
    cells: both((formatId) => {
      const columns = ['LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH'];
      const newOnes = columns.map((column) => B(formatId, 'A1', column));
      return [newOnes, [...newOnes, ...columns.map((column) => B(formatId, 'A2', column))]];
    }),
  },
  {
    id: 'ALREADY-PUBLIC',
    group: 'OUTCOMES',
    name: '属于已主动公开范围数',
    pattern: /已(经)?主动公开(范围)?/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_1')] },
  },
  {
    id: 'DISCLOSED',
    group: 'OUTCOMES',
    name: '予以公开数',
    pattern: /(?<![不部分])(予以公开|同意公开|准予公开|全部公开|(?<!不)可(以)?公开)/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: {
      legacy: [legacy('L3_3_2'), legacy('L3_3_1', 'L3_3_2')],
      ...both((formatId) => [[B(formatId, 'R1')]]),
    },
  },
  {
    id: 'PARTLY-DISCLOSED',
    group: 'OUTCOMES',
    name: '部分公开数',
    pattern: /部分公开/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_3')], ...both((formatId) => [[B(formatId, 'R2')]]) },
  },
  {
    id: 'WITHHELD',
    group: 'OUTCOMES',
    name: '不予公开数',
    pattern: /不予公开|不同意公开|不公开/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_4')], ...both((formatId) => [rows(formatId, 'R3', 8)]) },
  },
  ...(
    [
      ['STATE-SECRET', '属于国家秘密', /国家秘密/, 'L3_3_4a', 'R3_1'],
      ['COMMERCIAL-SECRET', '涉及商业秘密', /商业秘密/, 'L3_3_4b', null],
      ['PRIVACY', '涉及个人隐私', /个人隐私/, 'L3_3_4c', null],
      ['PROHIBITED', '其他法律行政法规禁止公开', /法律行政法规禁止公开/, null, 'R3_2'],
      ['STABILITY', '危及“三安全一稳定”', /三安全一稳定|危及国家安全/, 'L3_3_4d', 'R3_3'],
      ['THIRD-PARTY', '保护第三方合法权益', /第三方合法权益/, null, 'R3_4'],
      ['INTERNAL', '属于三类内部事务信息', /内部事务/, null, 'R3_5'],
      ['PROCESS', '属于四类过程性信息', /过程性信息/, null, 'R3_6'],
      ['CASE-FILES', '属于行政执法案卷', /行政执法案卷/, null, 'R3_7'],
      ['QUERIES', '属于行政查询事项', /行政查询事项/, null, 'R3_8'],
      [
        'NOT-GOVERNMENT-INFO',
        '不是《条例》所指政府信息',
        /不是《?条例》?所指(的)?政府信息|不属于政府信息/,
        'L3_3_4e',
        null,
      ],
      ['REPEATED', '重复申请', /重复申请/, null, 'R5_2'],
      ['PETITIONS', '信访举报投诉类申请', /信访举报投诉/, null, 'R5_1'],
      ['PUBLICATIONS', '要求提供公开出版物', /公开出版物/, null, 'R5_3'],
      ['MASS-REQUESTS', '无正当理由大量反复申请', /大量反复申请/, null, 'R5_4'],
      ['CONFIRMATIONS', '要求行政机关确认或重新出具已获取信息', /确认或重新出具/, null, 'R5_5'],
      ['NEEDS-CREATION', '没有现成信息需要另行制作', /没有现成信息|需要另行制作/, null, 'R4_2'],
    ] as const
  ).map(([id, name, pattern, legacyCode, row]): MetricDef => ({
    id,
    group: 'OUTCOMES',
    name,
    pattern,
    needsApplicationContext: true,
    maxTail: 6,
    unit: 'count',
    cells: {
      ...(legacyCode ? { legacy: [legacy(legacyCode)] } : {}),
      ...(row ? both((formatId) => [[B(formatId, row)]]) : {}),
    },
  })),
  {
    id: 'CANNOT-PROVIDE',
    group: 'OUTCOMES',
    name: '无法提供数',
    pattern: /无法提供/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: both((formatId) => [rows(formatId, 'R4', 3)]),
  },
  {
    id: 'NOT-HELD',
    group: 'OUTCOMES',
    name: '本机关不掌握相关政府信息数',
    pattern: /本机关不掌握|(申请)?信息不存在|不掌握相关(政府)?信息/,
    needsApplicationContext: true,
    maxTail: 8,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_6')], ...both((formatId) => [[B(formatId, 'R4_1')]]) },
  },
  {
    id: 'NOT-THIS-AGENCY',
    group: 'OUTCOMES',
    name: '不属于本行政机关公开数',
    pattern: /不属于本(行政)?(机关|局|单位|部门)|非本(行政)?(机关|局|单位|部门)/,
    needsApplicationContext: true,
    maxTail: 16,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_5')] },
  },
  {
    id: 'UNCLEAR',
    group: 'OUTCOMES',
    name: '补正后申请内容仍不明确数',
    pattern: /(?<!逾期不)(补正|更改补充|内容不明确)/,
    needsApplicationContext: true,
    maxTail: 10,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_7')], ...both((formatId) => [[B(formatId, 'R4_3')]]) },
  },
  {
    id: 'OTHER-CHANNEL',
    group: 'OUTCOMES',
    name: '告知通过其他途径办理数',
    pattern: /其他途径/,
    needsApplicationContext: true,
    maxTail: 6,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_8')] },
  },
  {
    id: 'NOT-PROCESSED',
    group: 'OUTCOMES',
    name: '不予处理数',
    pattern: /不予处理/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: both((formatId) => [rows(formatId, 'R5', 5)]),
  },
  {
    id: 'NO-CORRECTION',
    group: 'OUTCOMES',
    name: '逾期不补正、行政机关不再处理数',
    pattern: /逾期(未|不)补正/,
    needsApplicationContext: true,
    maxTail: 12,
    unit: 'count',
    cells: { '2021': [[B('2021', 'R6_1')]] },
  },
  {
    id: 'OTHER-HANDLING',
    group: 'OUTCOMES',
    name: '其他处理数',
    pattern: /其他(处理|情况|情形)/,
    needsApplicationContext: true,
    maxTail: 4,
    unit: 'count',
    cells: { legacy: [legacy('L3_3_7', 'L3_3_8')], ...both((formatId) => [otherHandling(formatId)]) },
  },
  ...caseMetrics('review', 'REVIEWS', '行政复议', ['FY'], ['L4', 'L4_1', 'L4_2', 'L4_3']),
  ...caseMetrics('lawsuit', 'LAWSUITS', '行政诉讼', LAWSUIT_BLOCKS, ['L5', 'L5_1', 'L5_2', 'L5_3']),
  {
    id: 'COMPLAINTS',
    group: 'REVIEWS',
    name: '举报投诉数量',
    pattern: /举报投诉(数量|数|案件)?/,
    maxTail: 2,
    unit: 'count',
    cells: { legacy: [legacy('L6')] },
  },
  {
    id: 'FEES',
    group: 'FEES',
    name: '依申请公开信息收取的费用（万元）',
    pattern: /(收取|收费|信息处理费|费用)/,
    requires: /费/,
    maxTail: 6,
    unit: 'amount',
    cells: { legacy: [legacy('L7')] },
  },
  {
    id: 'STAFF',
    group: 'STAFF',
    name: '从事政府信息公开工作人员数',
    pattern: /(从事|负责)[^，。；]{0,12}(公开)[^，。；]{0,6}(工作)?(人员|人)/,
    maxTail: 3,
    isTotal: true,
    unit: 'people',
    cells: { legacy: [legacy('L8_3')] },
  },
  {
    id: 'FULL-TIME-STAFF',
    group: 'STAFF',
    name: '专职人员数',
    pattern: /专职(工作)?(人员)?/,
    maxTail: 3,
    unit: 'people',
    cells: { legacy: [legacy('L8_3_1')] },
  },
  {
    id: 'PART-TIME-STAFF',
    group: 'STAFF',
    name: '兼职人员数',
    pattern: /兼职(工作)?(人员)?/,
    maxTail: 3,
    unit: 'people',
    cells: { legacy: [legacy('L8_3_2')] },
  },
  {
    id: 'MEETINGS',
    group: 'MEETINGS',
    name: '召开政府信息公开工作会议或专题会议数',
    pattern: /(召开|举行|组织)[^，。；]{0,12}(会议|专题会)/,
    requires: /公开|条例/,
    maxTail: 12,
    unit: 'times',
    cells: { legacy: [legacy('L9_1')] },
  },
  {
    id: 'TRAINING',
    group: 'MEETINGS',
    name: '举办各类培训班数',
    pattern: /(举办|组织|开展)[^，。；]{0,16}(培训|学习)|培训班/,
    requires: /公开|条例/,
    maxTail: 12,
    unit: 'times',
    cells: { legacy: [legacy('L9_2')] },
  },
];

/** 复议/诉讼 totals and outcomes, for the legacy table (one row each) and Table C (one block or two). */
function caseMetrics(
  topic: CaseTopic,
  group: MetricGroup,
  caseName: string,
  blocks: string[],
  [total, kept, corrected, other]: string[],
): MetricDef[] {
  const tableCells = (column: string) => both((formatId) => [caseCells(formatId, blocks, column)]);
  const prefix = topic === 'review' ? 'REVIEW' : 'LAWSUIT';
  return [
    {
      id: `${prefix}-TOTAL`,
      group,
      name: `${caseName}数量`,
      pattern:
        topic === 'review' ? /(行政)?复议(案件)?(数量|数)?/ : /(行政)?诉讼(案件)?(数量|数)?|起诉|涉诉(案件)?/,
      maxTail: 4,
      topic,
      isTotal: true,
      unit: 'count',
      cells: { legacy: [legacy(total)], ...tableCells('TOT') },
    },
    {
      id: `${prefix}-KEPT`,
      group,
      name: `${caseName}结果维持数`,
      pattern: /维持|驳回(原告)?(诉讼)?(请求)?|胜诉/,
      maxTail: 12,
      topic,
      unit: 'count',
      cells: { legacy: [legacy(kept)], ...tableCells('KEEP') },
    },
    {
      id: `${prefix}-CORRECTED`,
      group,
      name: `${caseName}结果纠正数`,
      pattern: /纠错|纠正|撤销|确认违法|败诉/,
      maxTail: 6,
      topic,
      unit: 'count',
      cells: { legacy: [legacy(corrected)], ...tableCells('CORR') },
    },
    {
      id: `${prefix}-OTHER`,
      group,
      name: `${caseName}其他结果数`,
      pattern: /其他(结果|情形|情况)/,
      maxTail: 4,
      topic,
      unit: 'count',
      cells: { legacy: [legacy(other)], ...tableCells('OTHR') },
    },
    {
      id: `${prefix}-PENDING`,
      group,
      name: `${caseName}尚未审结数`,
      pattern: /(尚未|未)审结|审理中|正在审理/,
      maxTail: 4,
      topic,
      unit: 'count',
      cells: tableCells('PEND'),
    },
  ];
}
