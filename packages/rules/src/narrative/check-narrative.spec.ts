import { consistentApplications, reportOf } from '../../test/report-builders';
import { checkNarrative } from './check-narrative';

// 2021 report: 新收 25, 上年结转 2, 予以公开 12, 部分公开 4, 本机关不掌握 6 → 办结 22, 结转 5.
const applications = consistentApplications('T21', { NP: [20, 2, 10, 3, 5], LP_COM: [5, 0, 2, 1, 1] });
const report2021 = reportOf('2021', applications, { agency: '某市某区教育局' });
const ruleIds = (text: string, report = report2021) =>
  checkNarrative(text, report).map((finding) => finding.ruleId);

describe('checkNarrative', () => {
  it('accepts 收到申请 as 新收 or as 新收 + 上年结转, and 办结 as （七）总计', () => {
    expect(ruleIds('本年度共收到政府信息公开申请25件，办结22件，结转下年度继续办理5件。')).toEqual([]);
    expect(ruleIds('本年度共收到政府信息公开申请27件（含上年结转2件）。')).toEqual([]);
  });

  it('finds nothing in a typical 2021 narrative whose numbers agree with the tables', () => {
    const report = reportOf(
      '2021',
      {
        ...applications,
        'T21.A.20_1.GF.MADE': 5,
        'T21.A.20_1.GF.REP': 1,
        'T21.A.20_1.GF.VALID': 25,
        'T21.A.20_5.XK.DEC': 1472,
        'T21.A.20_6.CF.DEC': 36,
        'T21.C.FY.KEEP': 1,
        'T21.C.FY.TOT': 1,
        'T21.C.SS_ZJ.PEND': 1,
        'T21.C.SS_ZJ.TOT': 1,
      },
      { agency: '某市某区教育局' },
    );
    const narrative = [
      '一、总体情况',
      '2023年，我局全年主动公开政府信息1200余条，本年度制发规范性文件5件，废止1件，现行有效25件。',
      '办理行政许可1,472件，作出行政处罚决定36件。',
      '全年共收到政府信息公开申请27件（含上年结转2件），同比增长10%，其中自然人申请20件，商业企业5件。',
      '共办结22件，按时答复率100%，结转下年度办理5件。',
      '办理结果：予以公开12件，占54.5%；部分公开4件；本机关不掌握相关政府信息6件。',
      '因政府信息公开被申请行政复议1件，结果维持1件；被提起行政诉讼1件，尚未审结1件。',
      '全年召开政务公开工作会议3次，举办培训班2期。',
      '六、其他需要报告的事项',
      '本年度未收取信息处理费。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），2023年1月1日起执行。',
    ].join('\n');
    expect(checkNarrative(narrative, report)).toEqual([]);
  });

  it('reports a 办结 count that differs from （七）总计, naming the cell', () => {
    const [finding] = checkNarrative('本年度共收到政府信息公开申请25件，办结20件。', report2021);
    expect(finding).toMatchObject({
      ruleId: 'NARRATIVE-APPLICATIONS',
      cells: ['T21.B.R7.TOT'],
      expected: 22,
      actual: 20,
    });
    expect(finding.message).toContain('（七）总计');
  });

  it('says nothing when the text is silent or gives approximate numbers', () => {
    expect(ruleIds('全年依申请公开工作平稳有序，答复及时规范。')).toEqual([]);
    expect(ruleIds('全年共收到政府信息公开申请30余件。')).toEqual([]);
  });

  it('does not read a part introduced by 其中 as the total', () => {
    expect(ruleIds('全区收到政府信息公开申请25件，其中，区教育局受理申请9件。')).toEqual([]);
  });

  it('does not take 行政许可 applications for information-disclosure applications', () => {
    expect(ruleIds('全年共受理行政许可申请1200件。')).toEqual([]);
  });

  it('sums the three rows of （六）其他处理 of the 2021 format', () => {
    const report = reportOf('2021', { ...applications, 'T21.B.R6_1.TOT': 1, 'T21.B.R6_3.TOT': 2 });
    expect(ruleIds('办理结果中，其他处理3件。', report)).toEqual([]);
    expect(ruleIds('办理结果中，其他处理2件。', report)).toEqual(['NARRATIVE-OUTCOMES']);
  });

  it('reads “未发生行政复议、行政诉讼” as zero cases of each', () => {
    const report = reportOf('2021', { ...applications, 'T21.C.FY.KEEP': 1, 'T21.C.FY.TOT': 1 });
    expect(ruleIds('本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。', report)).toEqual([
      'NARRATIVE-REVIEWS',
    ]);
  });

  it('attributes 维持 and 纠错 to the case type named before them', () => {
    const report = reportOf('2021', {
      'T21.C.FY.KEEP': 2,
      'T21.C.FY.CORR': 1,
      'T21.C.FY.TOT': 3,
      'T21.C.SS_ZJ.KEEP': 1,
      'T21.C.SS_ZJ.TOT': 1,
    });
    expect(ruleIds('被申请行政复议3件，结果维持2件，纠错1件；被提起行政诉讼1件，维持1件。', report)).toEqual(
      [],
    );
    expect(ruleIds('被提起行政诉讼1件，被纠错1件。', report)).toEqual(['NARRATIVE-LAWSUITS']);
  });

  it('checks a stated share against the table, allowing rounding', () => {
    expect(ruleIds('办理结果：予以公开12件，占比54.5%。')).toEqual([]);
    expect(ruleIds('办理结果：予以公开12件，占比60%。')).toEqual(['NARRATIVE-PERCENT']);
    expect(ruleIds('办理结果：予以公开12件，同比增长20%。')).toEqual([]);
  });

  it('converts a fee stated in 元 to the table’s 万元', () => {
    const report = reportOf('legacy', { 'L.L7': 0.05 });
    expect(ruleIds('全年依申请公开收取费用500元。', report)).toEqual([]);
    expect(ruleIds('全年依申请公开收取费用800元。', report)).toEqual(['NARRATIVE-FEES']);
  });

  it('compares nothing against a cell the table leaves blank', () => {
    const report = reportOf('legacy', { 'L.L3_2': null, 'L.L3_3': null });
    expect(ruleIds('全年办结申请75件。', report)).toEqual([]);
  });
});
