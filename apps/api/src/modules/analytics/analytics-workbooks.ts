import { QUALITY_CRITERIA } from '@nianbao/rules';
import { WORKFLOW } from '@nianbao/workflow';
import type { OrgType } from '@nianbao/workflow';
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { OutliersOutput, ScorecardOutput } from './dto/analytics.output';

const CREATOR = '政府信息公开工作年度报告系统';

const orgTypeName = (orgType: string) => WORKFLOW.orgTypes[orgType as OrgType]?.label ?? orgType;
const yesNo = (fact: boolean | null) => (fact === null ? '' : fact ? '是' : '否');
/** A blank cell for an unknown fact: an empty cell reads as “unknown”, a 0 would be a claim. */
const known = (value: number | null) => (value === null ? '' : value);

function sheetWith(
  workbook: Workbook,
  name: string,
  title: string,
  header: string[],
  widths: number[],
): Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(header).font = { bold: true };
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  return sheet;
}

/** 异常值 of one year: one row per finding, with the numbers and the report it comes from. */
export async function outliersWorkbook(outliers: OutliersOutput, scopeName: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = CREATOR;
  const sheet = sheetWith(
    workbook,
    '异常值',
    `${scopeName} ${outliers.year} 年度年报数据异常值`,
    [
      '类型',
      '单位',
      '单位类型',
      '指标',
      '单位（计量）',
      '本年数值',
      '上年数值',
      '同类中位数',
      '稳健 z 分数',
      '说明',
      '报告编号',
    ],
    [12, 30, 12, 20, 10, 12, 12, 12, 12, 60, 10],
  );
  for (const item of outliers.items)
    sheet.addRow([
      item.kind === 'jump' ? '同比大幅变化' : '偏离同类单位',
      item.orgName,
      orgTypeName(item.orgType),
      item.measure.name,
      item.measure.unit,
      item.value,
      known(item.previousValue),
      known(item.peerMedian),
      known(item.zScore),
      item.description,
      item.reportId,
    ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 年报质量 of one year: the ranking with every criterion's points, and the weights on a sheet of their own. */
export async function scorecardWorkbook(scorecard: ScorecardOutput, scopeName: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = CREATOR;
  const sheet = sheetWith(
    workbook,
    '年报质量',
    `${scopeName} ${scorecard.year} 年度年报质量评分`,
    [
      '名次',
      '单位',
      '单位类型',
      '总分',
      ...QUALITY_CRITERIA.map((criterion) => `${criterion.name}（${criterion.weight}）`),
      '按时提交',
      '强制性错误',
      '提示性问题',
      '正文与表格不符',
      '章节缺失',
      '退回次数',
      '按期公开',
      '公开日期',
    ],
    [8, 30, 12, 8, ...QUALITY_CRITERIA.map(() => 14), 10, 10, 10, 14, 10, 10, 10, 12],
  );
  for (const row of scorecard.rows)
    sheet.addRow([
      known(row.rank),
      row.orgName,
      orgTypeName(row.orgType),
      known(row.score),
      ...QUALITY_CRITERIA.map((criterion) => known(row.points[criterion.id] ?? null)),
      yesNo(row.facts.isOnTime),
      known(row.facts.hardFindings),
      known(row.facts.softFindings),
      known(row.facts.narrativeFindings),
      known(row.facts.sectionFindings),
      known(row.facts.returnCount),
      yesNo(row.facts.isPublishedOnTime),
      row.facts.publishedAt ?? '',
    ]);
  const weights = sheetWith(
    workbook,
    '评分规则',
    '评分项目与权重（空白表示事实未知，不计入该项）',
    ['项目', '权重', '评分办法'],
    [18, 8, 70],
  );
  for (const criterion of scorecard.criteria)
    weights.addRow([criterion.name, criterion.weight, criterion.description]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
