import { readReportMeta } from '../src/report-meta';

describe('report year and agency', () => {
  it.each([
    [['宁波市海曙区人民政府', '2018年政府信息公开工作年度报告'], 2018, '宁波市海曙区人民政府'],
    [['2020年宁海县人民政府办公室信息公开工作', '年 度 报 告'], 2020, '宁海县人民政府办公室'],
    [['2021年示例县人民政府信息公开工作年度报告'], 2021, '示例县人民政府'],
    [['示例市财政局关于2022年度政府信息公开工作年度报告'], 2022, '示例市财政局'],
    [['示例市自然资源和规划局２０２３年政府信息公开工作年度报告'], 2023, '示例市自然资源和规划局'],
  ])('reads the title %j', (lines, year, agency) => {
    expect(readReportMeta(null, lines)).toEqual({ reportYear: year, agency });
  });

  it('finds the title below navigation links, and the agency in 填报单位', () => {
    const lines = [
      '首页',
      '政务公开',
      '当前位置：首页 > 年报',
      '示例镇2021年政府信息公开工作年度报告',
      '填报单位（盖章）：示例县示例镇人民政府',
    ];
    expect(readReportMeta(null, lines)).toEqual({ reportYear: 2021, agency: '示例县示例镇人民政府' });
  });

  it('takes the year of the 统计表 heading when there is no title, never the signature date', () => {
    const lines = [
      '2018年，我局按照有关部署推进政务公开工作。',
      '政府信息公开情况统计表',
      '（2018年度）',
      '示例市规划局',
      '2019年1月15日',
    ];
    expect(readReportMeta(null, lines)).toEqual({ reportYear: 2018, agency: '示例市规划局' });
  });

  it('prefers the full name from the signature or “由…编制” over a title that drops the place name', () => {
    expect(
      readReportMeta(null, [
        '市规划局2017年度政府信息公开工作年度报告',
        '正文',
        '温州市规划局',
        '2018年1月15日',
      ]),
    ).toEqual({
      reportYear: 2017,
      agency: '温州市规划局',
    });
    expect(
      readReportMeta(null, [
        '区规划资源局2019年政府信息公开工作年度报告',
        '本报告由宝山区规划和自然资源局编制。',
      ]),
    ).toEqual({
      reportYear: 2019,
      agency: '宝山区规划和自然资源局',
    });
  });

  it('does not take the words of a sentence for the place name of an abbreviated agency', () => {
    expect(
      readReportMeta(null, [
        '区统计局2023年政府信息公开工作年度报告',
        '根据《中华人民共和国政府信息公开条例》规定，现公布区统计局2023年政府信息公开工作年度报告。',
      ]),
    ).toEqual({ reportYear: 2023, agency: '区统计局' });
    expect(
      readReportMeta(null, [
        '区统计局2023年政府信息公开工作年度报告',
        '现公布区统计局2023年政府信息公开工作年度报告，本报告由示例区统计局编制。',
      ]),
    ).toEqual({ reportYear: 2023, agency: '示例区统计局' });
  });

  it('returns null for what the text does not say', () => {
    expect(readReportMeta(null, ['一、总体情况', '本年度无其他需要报告的事项。'])).toEqual({
      reportYear: null,
      agency: null,
    });
  });
});
