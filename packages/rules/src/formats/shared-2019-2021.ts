import type { ColumnDef, GridDef, RowDef, SectionDef } from './types';

/** Narrative sections of the 2019 and 2021 formats, in the required order. */
export const SIX_NARRATIVE_SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const APPLICANT = '申请人情况';
const LEGAL_PERSON = '法人或其他组织';

const applicantColumns: ColumnDef[] = [
  { code: 'NP', label: '自然人', headerPath: [APPLICANT] },
  { code: 'LP_COM', label: '商业企业', headerPath: [APPLICANT, LEGAL_PERSON] },
  { code: 'LP_SCI', label: '科研机构', headerPath: [APPLICANT, LEGAL_PERSON] },
  { code: 'LP_NGO', label: '社会公益组织', headerPath: [APPLICANT, LEGAL_PERSON] },
  { code: 'LP_LAW', label: '法律服务机构', headerPath: [APPLICANT, LEGAL_PERSON] },
  { code: 'LP_OTH', label: '其他', headerPath: [APPLICANT, LEGAL_PERSON] },
  {
    code: 'TOT',
    label: '总计',
    headerPath: [APPLICANT],
    sumOf: ['NP', 'LP_COM', 'LP_SCI', 'LP_NGO', 'LP_LAW', 'LP_OTH'],
  },
];

const RESULT = 'R';

/** Rows of Table B before （六）其他处理, identical in both formats. */
const resultRowsBeforeOther: RowDef[] = [
  { code: 'R1', label: '（一）予以公开', parent: RESULT },
  {
    code: 'R2',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    aliases: ['（二）部分公开'],
    parent: RESULT,
  },
  { code: 'R3', label: '（三）不予公开', parent: RESULT, isHeading: true },
  { code: 'R3_1', label: '1.属于国家秘密', parent: 'R3' },
  { code: 'R3_2', label: '2.其他法律行政法规禁止公开', parent: 'R3' },
  { code: 'R3_3', label: '3.危及“三安全一稳定”', aliases: ['3.危及三安全一稳定'], parent: 'R3' },
  { code: 'R3_4', label: '4.保护第三方合法权益', parent: 'R3' },
  { code: 'R3_5', label: '5.属于三类内部事务信息', parent: 'R3' },
  { code: 'R3_6', label: '6.属于四类过程性信息', parent: 'R3' },
  { code: 'R3_7', label: '7.属于行政执法案卷', parent: 'R3' },
  { code: 'R3_8', label: '8.属于行政查询事项', parent: 'R3' },
  { code: 'R4', label: '（四）无法提供', parent: RESULT, isHeading: true },
  { code: 'R4_1', label: '1.本机关不掌握相关政府信息', parent: 'R4' },
  { code: 'R4_2', label: '2.没有现成信息需要另行制作', parent: 'R4' },
  { code: 'R4_3', label: '3.补正后申请内容仍不明确', parent: 'R4' },
  { code: 'R5', label: '（五）不予处理', parent: RESULT, isHeading: true },
  { code: 'R5_1', label: '1.信访举报投诉类申请', parent: 'R5' },
  { code: 'R5_2', label: '2.重复申请', parent: 'R5' },
  { code: 'R5_3', label: '3.要求提供公开出版物', parent: 'R5' },
  { code: 'R5_4', label: '4.无正当理由大量反复申请', parent: 'R5' },
  { code: 'R5_5', label: '5.要求行政机关确认或重新出具已获取信息', parent: 'R5' },
];

const leafResultCodes = (rows: RowDef[]): string[] =>
  rows.filter((row) => row.parent !== undefined && !row.isHeading).map((row) => row.code);

/** Table B (三、收到和处理政府信息公开申请情况); `otherRows` is （六）其他处理 as the format prints it. */
export function applicationsSection(otherRows: RowDef[]): SectionDef {
  const resultRows = [...resultRowsBeforeOther, ...otherRows];
  const rows: RowDef[] = [
    { code: 'A1', label: '一、本年新收政府信息公开申请数量' },
    { code: 'A2', label: '二、上年结转政府信息公开申请数量' },
    { code: RESULT, label: '三、本年度办理结果', isHeading: true },
    ...resultRows,
    { code: 'R7', label: '（七）总计', parent: RESULT, sumOf: leafResultCodes(resultRows) },
    { code: 'A4', label: '四、结转下年度继续办理' },
  ];
  const grid: GridDef = {
    code: 'B',
    corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    columns: applicantColumns,
    rows,
    equations: [
      {
        id: 'TB3',
        left: ['A1', 'A2'],
        right: ['R7', 'A4'],
        statement: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
      },
    ],
  };
  return { code: 'B', title: '三、收到和处理政府信息公开申请情况', shortName: '依申请公开', grids: [grid] };
}

const outcomeColumns: ColumnDef[] = [
  { code: 'KEEP', label: '结果维持' },
  { code: 'CORR', label: '结果纠正' },
  { code: 'OTHR', label: '其他结果' },
  { code: 'PEND', label: '尚未审结' },
  { code: 'TOT', label: '总计', sumOf: ['KEEP', 'CORR', 'OTHR', 'PEND'] },
];

/** Table C (四、政府信息公开行政复议、行政诉讼情况): one printed row of 15 cells, held as three blocks of five. */
export const reviewsAndLawsuitsSection: SectionDef = {
  code: 'C',
  title: '四、政府信息公开行政复议、行政诉讼情况',
  shortName: '复议诉讼',
  grids: [
    {
      code: 'C',
      columns: outcomeColumns,
      rows: [
        { code: 'FY', label: '行政复议' },
        { code: 'SS', label: '行政诉讼', isHeading: true },
        { code: 'SS_ZJ', label: '未经复议直接起诉', parent: 'SS' },
        { code: 'SS_FY', label: '复议后起诉', parent: 'SS' },
      ],
    },
  ],
};

export const INFO_CONTENT = '信息内容';
