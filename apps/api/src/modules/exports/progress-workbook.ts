import { isReturned, stateLabel } from '@nianbao/workflow';
import type { ReportState, WorkflowAction } from '@nianbao/workflow';
import { Workbook } from 'exceljs';
import type { SubtreeReport } from './subtree-reports.service';

const HEADER = ['单位', '状态', '提交时间', '情况'];

/** What a 政务公开办 chases: reports not yet submitted (late or not), returned ones, and late submissions. */
function situation(report: SubtreeReport, deadline: Date, now: Date): string | null {
  const returned = isReturned({
    state: report.state,
    lastAction: report.lastAction as WorkflowAction | null,
  });
  if (returned) return '已退回，待重新提交';
  if (report.state === 'draft') return now > deadline ? '逾期未提交' : '未提交';
  if (report.isOverdue) return '逾期提交';
  return null;
}

/** The progress list: one sheet of what needs chasing, one of every report. */
export async function progressWorkbook(
  campaignName: string,
  deadline: Date,
  reports: readonly SubtreeReport[],
  now = new Date(),
): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开工作年度报告系统';
  const rowOf = (report: SubtreeReport) => [
    report.agency ?? '',
    stateLabel(report.state as ReportState),
    report.submittedAt ? new Date(report.submittedAt).toISOString().slice(0, 16).replace('T', ' ') : '',
    situation(report, deadline, now) ?? '',
  ];
  const chase = workbook.addWorksheet('待跟进');
  chase.addRow([
    `${campaignName}：未提交、逾期和被退回的单位（截止 ${deadline.toISOString().slice(0, 10)}）`,
  ]);
  chase.addRow(HEADER).font = { bold: true };
  for (const report of reports) if (situation(report, deadline, now)) chase.addRow(rowOf(report));
  const all = workbook.addWorksheet('全部单位');
  all.addRow(HEADER).font = { bold: true };
  for (const report of reports) all.addRow(rowOf(report));
  for (const sheet of [chase, all]) {
    sheet.getColumn(1).width = 36;
    sheet.getColumn(2).width = 18;
    sheet.getColumn(3).width = 18;
    sheet.getColumn(4).width = 22;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
