import type { ReportData, Violation } from '@nianbao/rules';
import { formatCheckText, formatConclusion } from './check-text';

const finding = (ruleId: string, severity: Violation['severity'], cells: string[] = []): Violation => ({
  ruleId,
  severity,
  message: `${ruleId} 的说明`,
  cells,
});
const notCheckable = (cell: string) => finding('NOT-CHECKABLE', 'INFO', [cell]);
const unreadable = (...codes: string[]) => codes.map((code) => ({ code, label: code }));

describe('the conclusion line of nianbao check', () => {
  it('says 没有错误 only when every cell was read and no identity failed', () => {
    expect(formatConclusion([finding('TOTAL-BLANK', 'SOFT')], [])).toBe(
      '结论：没有错误；1 处需说明、0 条提示',
    );
  });

  it('counts what could not be checked apart from the errors and the hints', () => {
    const violations = [
      finding('TOTAL-ROWS', 'HARD'),
      notCheckable('T19.B.A1.TOT'),
      notCheckable('T19.B.A1.ZRR'),
      finding('T19-PURCHASE', 'INFO'),
    ];
    const unread = unreadable('T19.B.A1.TOT', 'T19.B.A1.ZRR', 'T19.C.R1.TOT');
    expect(formatConclusion(violations, unread)).toBe(
      '结论：有 1 处错误必须修改；2 处无法核对（未能读取 3 个单元格）；另有 0 处需说明、1 条提示',
    );
  });

  it('does not call a report with unchecked identities error-free', () => {
    expect(formatConclusion([notCheckable('T19.B.A1.TOT')], unreadable('T19.B.A1.TOT'))).toBe(
      '结论：已读取的数值没有错误；1 处无法核对（未能读取 1 个单元格）；0 处需说明、0 条提示',
    );
    expect(formatConclusion([], unreadable('T19.B.A1.TOT', 'T19.B.A1.ZRR'))).toBe(
      '结论：已读取的数值没有错误；未能读取 2 个单元格；0 处需说明、0 条提示',
    );
  });

  it('counts an unread cell once, whether the reader or a NOT-CHECKABLE finding names it', () => {
    expect(formatConclusion([notCheckable('T19.B.A1.TOT')], [])).toContain(
      '1 处无法核对（未能读取 1 个单元格）',
    );
  });

  it('marks a NOT-CHECKABLE finding as 无法核对, not as a hint or an error', () => {
    const report: ReportData = { formatId: '2019', reportYear: 2020, agency: '示例镇人民政府', values: {} };
    const text = formatCheckText({
      file: 'a.html',
      report,
      violations: [notCheckable('T19.B.A1.TOT')],
      unreadable: [
        {
          code: 'T19.B.A1.TOT',
          label: '本年新收政府信息公开申请数量 / 自然人',
          raw: '十二',
          reason: '不是数字',
        },
      ],
      notes: [],
    });
    expect(text).toContain('  ? 无法读取 本年新收政府信息公开申请数量 / 自然人（“十二”）：不是数字');
    expect(text).toContain('  ? 无法核对 [NOT-CHECKABLE] NOT-CHECKABLE 的说明');
    expect(text).not.toContain('· 提示 [NOT-CHECKABLE]');
  });
});
