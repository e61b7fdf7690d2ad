import { findCell, listCells } from '../formats/registry';
import type { FormatId } from '../formats/types';
import type { Severity } from '../report';
import type { CellRef, Check } from './checks';
import { cellByRowAndColumn, codeOf, describeParts, gridsOf, valueRows } from './structure';

export interface RuleDef {
  id: string;
  severity: Severity;
  /** Short Chinese statement of the rule. */
  title: string;
  /** Where the rule comes from (the table's own text, the format notice, plausibility). */
  basis: string;
  formats: readonly FormatId[];
  /** The rule compares this report with the same agency's report of the previous year. */
  needsPrevious?: boolean;
  /** The concrete checks of this rule on a format, generated from the format's structure. */
  checksFor(formatId: FormatId): Check[];
}

/** The rule id of a check that was not run because a cell it reads could not be read from the report. */
export const NOT_CHECKABLE = 'NOT-CHECKABLE';

const ALL: readonly FormatId[] = ['legacy', '2019', '2021'];
const TABLE_FORMATS: readonly FormatId[] = ['2019', '2021'];

function code(formatId: FormatId, sectionCode: string, rowCode: string, columnCode: string): string {
  const cell = cellByRowAndColumn(formatId, sectionCode, rowCode, columnCode);
  if (!cell) throw new Error(`No cell ${sectionCode}.${rowCode}.${columnCode} in format ${formatId}`);
  return cell.code;
}

const legacy = (row: string) => `L.${row}`;

/** Rows of Tables B and C keep their codes from 2019 to 2021, so last year's cell is found by row and column. */
function refOf(cellCode: string, formatId: FormatId): CellRef {
  const cell = findCell(formatId, cellCode)!;
  return { section: cell.section.code, row: cell.row.code, column: cell.column.code };
}

export const RULES: readonly RuleDef[] = [
  {
    id: 'VALUE-KIND',
    severity: 'HARD',
    title: '件数为非负整数；“本年增/减”为整数；金额（万元）不为负数',
    basis: '统计表各栏目的计量单位',
    formats: ALL,
    checksFor: (formatId) => listCells(formatId).map((cell) => ({ kind: 'valueKind', cell: cell.code })),
  },
  {
    id: 'TOTAL-ROWS',
    severity: 'HARD',
    title: '合计行等于其各分项之和（逐列）',
    basis: '表格结构：（七）总计、收到申请数、申请办结数、申请答复数、复议/诉讼数量、人员数等合计行',
    formats: ALL,
    checksFor: (formatId) =>
      gridsOf(formatId).flatMap((context) =>
        valueRows(context.grid)
          .filter((row) => row.sumOf)
          .flatMap((row) =>
            context.grid.columns.map((column) => {
              const parts = row.sumOf!.map((part) => codeOf(context, part, column.code));
              return {
                kind: 'sum' as const,
                total: codeOf(context, row.code, column.code),
                parts,
                partsDescription: describeParts(parts.map((part) => findCell(formatId, part))),
              };
            }),
          ),
      ),
  },
  {
    id: 'TOTAL-COLUMNS',
    severity: 'HARD',
    title: '总计列等于其各列之和（逐行）',
    basis:
      '表格结构：申请人情况“总计”= 自然人 + 法人或其他组织各类；复议、诉讼各栏“总计”= 维持 + 纠正 + 其他 + 尚未审结',
    formats: ALL,
    checksFor: (formatId) =>
      gridsOf(formatId).flatMap((context) =>
        context.grid.columns
          .filter((column) => column.sumOf)
          .flatMap((column) =>
            valueRows(context.grid).map((row) => {
              const parts = column.sumOf!.map((part) => codeOf(context, row.code, part));
              return {
                kind: 'sum' as const,
                total: codeOf(context, row.code, column.code),
                parts,
                partsDescription: describeParts(parts.map((part) => findCell(formatId, part))),
              };
            }),
          ),
      ),
  },
  {
    id: 'BALANCE',
    severity: 'HARD',
    title: '勾稽关系：第一项加第二项之和，等于第三项加第四项之和（逐列）',
    basis: '表三表头：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”',
    formats: TABLE_FORMATS,
    checksFor: (formatId) =>
      gridsOf(formatId).flatMap((context) =>
        (context.grid.equations ?? []).flatMap((equation) =>
          context.grid.columns.map((column) => ({
            kind: 'balance' as const,
            left: equation.left.map((row) => codeOf(context, row, column.code)),
            right: equation.right.map((row) => codeOf(context, row, column.code)),
          })),
        ),
      ),
  },
  {
    id: 'SUBSET',
    severity: 'HARD',
    title: '“其中”项不大于其所属项',
    basis: '表格结构：“其中”表示所属项的一部分',
    formats: ALL,
    checksFor: (formatId) =>
      gridsOf(formatId).flatMap((context) =>
        valueRows(context.grid)
          .filter((row) => row.subsetOf)
          .flatMap((row) =>
            context.grid.columns.map((column) => ({
              kind: 'atMost' as const,
              smaller: [codeOf(context, row.code, column.code)],
              larger: [codeOf(context, row.subsetOf!, column.code)],
            })),
          ),
      ),
  },
  {
    id: 'TOTAL-BLANK',
    severity: 'SOFT',
    title: '合计栏未填写而分项已填写',
    basis: '合计应填写分项之和；空白不等于 0',
    formats: ALL,
    // Evaluated together with TOTAL-ROWS / TOTAL-COLUMNS: a blank total is this finding, not an arithmetic error.
    checksFor: () => [],
  },
  {
    id: NOT_CHECKABLE,
    severity: 'INFO',
    title: '涉及未能读取的单元格，无法核对',
    basis: '从已发布的报告中读取时，读不出的单元格不按空白或 0 计算，涉及它的关系不作判断',
    formats: ALL,
    // Emitted by the evaluator in place of any check over a cell the reader could not read.
    checksFor: () => [],
  },
  {
    id: 'NOT-FILLED',
    severity: 'INFO',
    title: '单元格空白或填“/”“—”：没有发生的事项应填 0',
    basis: '统计表应逐项填报；空白、“/”与 0 含义不同',
    formats: ALL,
    checksFor: (formatId) =>
      gridsOf(formatId).reduce<Check[]>((checks, context) => {
        const cells = listCells(formatId)
          .filter((cell) => cell.section === context.section)
          .map((cell) => cell.code);
        const existing = checks.find(
          (check) => check.kind === 'notFilled' && check.sectionTitle === context.section.title,
        );
        if (!existing) checks.push({ kind: 'notFilled', cells, sectionTitle: context.section.title });
        return checks;
      }, []),
  },
  {
    id: 'AMOUNT-UNIT',
    severity: 'SOFT',
    title: '金额单位为万元：费用数值过大或超过 4 位小数，可能误按“元”填写',
    basis: '费用、经费、收费金额栏目的单位均为万元',
    formats: ALL,
    checksFor: (formatId) =>
      listCells(formatId)
        .filter((cell) => cell.kind === 'amount')
        // Fees and 专项经费 of one department rarely reach 100 万元; procurement totals legitimately do.
        .map((cell) => ({
          kind: 'amountUnit',
          cell: cell.code,
          plausibleMax: cell.row.code === 'CG' ? null : 100,
        })),
  },
  {
    id: 'L-CHANNEL-MAX',
    severity: 'SOFT',
    title: '任一渠道公开的信息数不超过主动公开政府信息数（去重后的总数）',
    basis: '“不同渠道和方式公开相同信息计1条”',
    formats: ['legacy'],
    checksFor: () => [
      {
        kind: 'eachAtMost',
        items: ['L1_2_1', 'L1_2_2', 'L1_2_3', 'L1_2_4', 'L1_2_5'].map(legacy),
        bound: legacy('L1_1'),
      },
    ],
  },
  {
    id: 'L-CHANNEL-SUM',
    severity: 'SOFT',
    title: '主动公开政府信息数不超过各渠道公开数之和',
    basis: '每条信息至少通过一个渠道公开（“其他方式”兜底）',
    formats: ['legacy'],
    checksFor: () => [
      {
        kind: 'atMost',
        smaller: [legacy('L1_1')],
        larger: ['L1_2_1', 'L1_2_2', 'L1_2_3', 'L1_2_4', 'L1_2_5'].map(legacy),
      },
    ],
  },
  {
    id: 'L-NORMATIVE',
    severity: 'SOFT',
    title: '主动公开规范性文件数应等于制发规范性文件总数',
    basis: '规范性文件应全部主动公开',
    formats: ['legacy'],
    checksFor: () => [{ kind: 'equal', left: legacy('L1_1a'), right: legacy('L1_1b') }],
  },
  {
    id: 'L-CLOSED',
    severity: 'SOFT',
    title: '申请办结数一般不超过收到申请数',
    basis: '统计表无结转栏目；年底收到、次年办结的申请可能使其不成立',
    formats: ['legacy'],
    checksFor: () => [{ kind: 'atMost', smaller: [legacy('L3_2')], larger: [legacy('L3_1')] }],
  },
  {
    id: 'L-ANSWERS',
    severity: 'SOFT',
    title: '申请答复数应等于申请办结数',
    basis: '每件办结的申请都有一个答复',
    formats: ['legacy'],
    checksFor: () => [{ kind: 'equal', left: legacy('L3_3'), right: legacy('L3_2') }],
  },
  {
    id: 'L-TRAINING',
    severity: 'SOFT',
    title: '举办培训班时应有接受培训人员，且人次不少于班次',
    basis: '培训班数与受训人次的对应关系',
    formats: ['legacy'],
    checksFor: () => [
      { kind: 'positiveImplies', when: legacy('L9_2'), then: legacy('L9_3') },
      { kind: 'atMost', smaller: [legacy('L9_2')], larger: [legacy('L9_3')] },
    ],
  },
  {
    id: 'T19-PUBLISHED',
    severity: 'SOFT',
    title: '本年新公开数量不超过对外公开总数量',
    basis: '对外公开总数量包含本年新公开的文件',
    formats: ['2019'],
    checksFor: () =>
      ['GZ', 'GF'].map((row) => ({
        kind: 'atMost' as const,
        smaller: [code('2019', 'A', row, 'PUB')],
        larger: [code('2019', 'A', row, 'TOT')],
      })),
  },
  {
    id: 'T19-MADE',
    severity: 'INFO',
    title: '本年新公开数量一般不超过本年新制作数量',
    basis: '上年制作、本年公开的文件可使其不成立',
    formats: ['2019'],
    checksFor: () =>
      ['GZ', 'GF'].map((row) => ({
        kind: 'atMost' as const,
        smaller: [code('2019', 'A', row, 'PUB')],
        larger: [code('2019', 'A', row, 'NEW')],
      })),
  },
  {
    id: 'T19-PROJECTS',
    severity: 'SOFT',
    title: '上一年项目数量加本年增/减不为负数',
    basis: '本年项目数量 = 上一年项目数量 + 本年增/减',
    formats: ['2019'],
    checksFor: () =>
      ['XK', 'QT', 'CF', 'QZ', 'SF'].map((row) => ({
        kind: 'nonNegativeSum' as const,
        parts: [code('2019', 'A', row, 'PREV'), code('2019', 'A', row, 'DELTA')],
      })),
  },
  {
    id: 'T19-PURCHASE',
    severity: 'SOFT',
    title: '政府集中采购平均每个项目金额过小，采购总金额可能误按“元”填写',
    basis: '采购总金额单位为万元',
    formats: ['2019'],
    checksFor: () => [
      {
        kind: 'averageAmount',
        amount: code('2019', 'A', 'CG', 'AMT'),
        count: code('2019', 'A', 'CG', 'CNT'),
        minAverage: 0.5,
      },
    ],
  },
  {
    id: 'T21-VALID',
    severity: 'SOFT',
    title: '现行有效件数不少于本年制发件数',
    basis: '本年制发的文件当年即被废止时才会不成立',
    formats: ['2021'],
    checksFor: () =>
      ['GZ', 'GF'].map((row) => ({
        kind: 'atMost' as const,
        smaller: [code('2021', 'A', row, 'MADE')],
        larger: [code('2021', 'A', row, 'VALID')],
      })),
  },
  {
    id: 'RULES-LEVEL',
    severity: 'SOFT',
    title: '区县政府及其部门、乡镇街道无规章制定权，规章栏应为 0',
    basis: '《立法法》：设区的市、自治州以上人民政府方可制定规章',
    formats: TABLE_FORMATS,
    checksFor: (formatId) => [
      {
        kind: 'zeroForLevel',
        cells: listCells(formatId)
          .filter((cell) => cell.section.code === 'A' && cell.row.code === 'GZ')
          .map((cell) => cell.code),
      },
    ],
  },
  {
    id: 'LAWSUIT-AFTER-REVIEW',
    severity: 'SOFT',
    title: '复议后起诉的案件数不超过行政复议案件数（含上年）',
    basis: '复议后起诉须先经行政复议',
    formats: TABLE_FORMATS,
    checksFor: (formatId) => [
      {
        kind: 'atMost',
        smaller: [code(formatId, 'C', 'SS_FY', 'TOT')],
        larger: [code(formatId, 'C', 'FY', 'TOT')],
      },
    ],
  },
  {
    id: 'FORMAT-YEAR',
    severity: 'SOFT',
    title: '表格格式与报告年度相符（2018 年及以前为旧统计表，2019–2020 年为试行格式，2021 年起为 2021 格式）',
    basis: '国办公开办函〔2019〕60号、〔2021〕30号',
    formats: ALL,
    checksFor: () => [{ kind: 'formatForYear' }],
  },
  {
    id: 'XY-CARRYOVER',
    severity: 'SOFT',
    title: '本年“上年结转”等于上年报告“结转下年度继续办理”（逐列，含 2020→2021 跨格式）',
    basis: '上年结转下年度的申请即本年的上年结转申请',
    formats: TABLE_FORMATS,
    needsPrevious: true,
    checksFor: (formatId) =>
      listCells(formatId)
        .filter((cell) => cell.section.code === 'B' && cell.row.code === 'A2')
        .map((cell) => ({
          kind: 'carryOver' as const,
          cell: cell.code,
          previous: { section: 'B', row: 'A4', column: cell.column.code },
        })),
  },
  {
    id: 'XY-VALID',
    severity: 'SOFT',
    title: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数',
    basis: '现行有效件数的年度延续（文件修订、合并可使其不成立，需说明）',
    formats: ['2021'],
    needsPrevious: true,
    checksFor: () =>
      ['GZ', 'GF'].map((row) => ({
        kind: 'validChain' as const,
        valid: code('2021', 'A', row, 'VALID'),
        made: code('2021', 'A', row, 'MADE'),
        repealed: code('2021', 'A', row, 'REP'),
        previous: refOf(code('2021', 'A', row, 'VALID'), '2021'),
      })),
  },
  {
    id: 'XY-JUMP',
    severity: 'SOFT',
    title: '关键数据与上年相比变化异常（十倍以上）',
    basis: '大幅变化常见于单位错误或漏填，需说明原因',
    formats: ALL,
    needsPrevious: true,
    checksFor: (formatId) =>
      (formatId === 'legacy'
        ? ['L1_1', 'L3_1', 'L4', 'L5'].map(legacy)
        : [
            code(formatId, 'B', 'A1', 'TOT'),
            code(formatId, 'B', 'R7', 'TOT'),
            code(formatId, 'C', 'FY', 'TOT'),
            code(formatId, 'A', 'XK', 'DEC'),
            code(formatId, 'A', 'CF', 'DEC'),
          ]
      ).map((cell) => ({ kind: 'yearOverYear' as const, cell, previous: refOf(cell, formatId) })),
  },
];
