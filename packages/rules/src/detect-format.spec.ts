import { detectFormat } from './detect-format';

const tablesBAndC = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '其他',
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（七）总计',
  '四、结转下年度继续办理',
  '行政复议',
  '行政诉讼',
  '结果维持',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
];

const table2019A = [
  '第二十条第（一）项',
  '信息内容',
  '本年新\n制作数量',
  '本年新\n公开数量',
  '对外公开总数量',
  '规章',
  '规范性文件',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '行政许可',
  '其他对外管理服务事项',
  '采购项目数量',
  '采购总金额',
  '政府集中采购',
];

const table2021A = [
  '第二十条第(一)项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '行政规范性文件',
  '本年处理决定数量',
  '本年收费金额(单位:万元)',
];

const rows2021Other = [
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
];

const legacyLabels = [
  '统　计　指　标',
  '单位',
  '统计数',
  '一、主动公开情况',
  '　　（一）主动公开政府信息数\n　　　　（不同渠道和方式公开相同信息计1条）',
  '（一）收到申请数',
  '（二）申请办结数',
  '四、行政复议数量',
  '五、行政诉讼数量',
  '六、举报投诉数量',
];

describe('detectFormat', () => {
  it('recognises the legacy 统计表 by its header and rows', () => {
    const result = detectFormat(legacyLabels);
    expect(result.formatId).toBe('legacy');
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(result.evidence.join()).toContain('统计指标');
  });

  it('recognises the 2019 trial format by its Table A columns and the single （六）其他处理 row', () => {
    const result = detectFormat([...table2019A, ...tablesBAndC, '（六）其他处理']);
    expect(result.formatId).toBe('2019');
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it('recognises the 2021 format by 本年制发件数 and the three sub-rows of （六）其他处理', () => {
    const result = detectFormat([...table2021A, ...tablesBAndC, ...rows2021Other]);
    expect(result.formatId).toBe('2021');
    expect(result.evidence.join()).toContain('本年制发件数');
  });

  it('goes by the labels, not the year: a 2022 report printed with the 2019 tables is format 2019', () => {
    expect(detectFormat([...table2019A, ...tablesBAndC], { reportYear: 2022 }).formatId).toBe('2019');
  });

  it('reads half-width punctuation and full-width digits the same way', () => {
    const result = detectFormat([
      '本年收费金额(单位:万元)',
      '１．申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请',
    ]);
    expect(result.formatId).toBe('2021');
  });

  it('uses the report year only when Tables B and C are all it has', () => {
    expect(detectFormat(tablesBAndC, { reportYear: 2023 }).formatId).toBe('2021');
    expect(detectFormat(tablesBAndC, { reportYear: 2020 }).formatId).toBe('2019');
    const undecided = detectFormat(tablesBAndC);
    expect(undecided.formatId).toBeNull();
    expect(undecided.evidence.join()).toContain('无法区分');
  });

  it('takes a lone （六）其他处理 row as a hint of the 2019 format, with low confidence', () => {
    const result = detectFormat([...tablesBAndC, '（六）其他处理']);
    expect(result.formatId).toBe('2019');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('returns null when no statistics-table label is present', () => {
    const result = detectFormat(['一、总体情况', '（一）主动公开', '本年度无其他需要报告的事项。']);
    expect(result).toEqual({
      formatId: null,
      confidence: 0,
      evidence: [expect.stringContaining('没有找到')],
    });
  });
});
