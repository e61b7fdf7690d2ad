import { agencyFromFileName, matchAgencyToOrg, reportYearFromFileName } from '../src';
import type { OrgCandidate } from '../src';

/** 上海市 → 宝山区 (区统计局, 罗店镇, 宝山区规划资源局), 浦东新区 (区统计局); 上海市统计局. */
const CITY = '上海市';
const ORGS: OrgCandidate[] = [
  { id: 2, name: '宝山区', ancestors: [CITY] },
  { id: 3, name: '区统计局', ancestors: [CITY, '宝山区'] },
  { id: 4, name: '罗店镇', ancestors: [CITY, '宝山区'] },
  { id: 5, name: '宝山区规划资源局', ancestors: [CITY, '宝山区'] },
  { id: 6, name: '宝山区卫生健康委员会', ancestors: [CITY, '宝山区'] },
  { id: 10, name: '浦东新区', ancestors: [CITY] },
  { id: 11, name: '浦东新区统计局', ancestors: [CITY, '浦东新区'] },
  { id: 20, name: '上海市统计局', ancestors: [CITY] },
];
const BAOSHAN = ORGS.filter((org) => org.ancestors.includes('宝山区') || org.name === '宝山区');

const match = (agency: string | null, orgs = ORGS, fileName?: string) =>
  matchAgencyToOrg({ agency, orgs, fileName });

describe('proposing the org a past report belongs to', () => {
  it.each([
    ['区统计局', BAOSHAN, 3],
    ['宝山区统计局', ORGS, 3],
    ['上海市宝山区统计局', ORGS, 3],
    ['罗店镇人民政府', ORGS, 4],
    ['宝山区罗店镇人民政府', ORGS, 4],
    ['上海市宝山区人民政府办公室', ORGS, 2],
    ['区政府办公室（上海市宝山区人民政府办公室）', ORGS, 2],
    ['上海市统计局', ORGS, 20],
  ])('recognises “%s” as one org without asking', (agency, orgs, orgId) => {
    expect(match(agency, orgs)).toMatchObject({ orgId, level: 'matched' });
  });

  it('asks which 区统计局 is meant when the uploader looks after several districts', () => {
    const result = match('区统计局');
    expect(result.level).toBe('doubtful');
    expect([result.orgId, ...result.alternativeOrgIds].sort()).toEqual([11, 3]);
  });

  it('proposes a department whose name is printed differently, but asks first', () => {
    const result = match('宝山区规划和自然资源局', BAOSHAN);
    expect(result).toMatchObject({ orgId: 5, level: 'doubtful' });
    expect(result.confidence).toBeLessThan(0.85);
    expect(result.reason).toContain('相近');
  });

  it('reads 卫生健康委 and 卫生和健康委员会 as the same name', () => {
    expect(match('宝山区卫生健康委', BAOSHAN)).toMatchObject({ orgId: 6, level: 'matched' });
  });

  it('proposes nothing for an agency outside the uploader’s orgs', () => {
    expect(match('宁波市规划局', BAOSHAN)).toMatchObject({ orgId: null, level: 'unmatched', confidence: 0 });
  });

  it('does not take a bare department name without a place for certain', () => {
    expect(match('统计局', BAOSHAN)).toMatchObject({ orgId: 3, level: 'doubtful' });
  });

  it('falls back on the file name when the text names no agency, counting it a little less', () => {
    const result = match(null, ORGS, '附件/宝山区统计局2019年政府信息公开工作年度报告.html');
    expect(result).toMatchObject({ orgId: 3, level: 'matched' });
    expect(result.confidence).toBeLessThan(1);
    expect(result.reason).toContain('文件名');
    expect(match(null, ORGS, 'report.pdf')).toMatchObject({ orgId: null, level: 'unmatched' });
  });

  it('prefers a known name in the text over the file name', () => {
    expect(match('罗店镇人民政府', ORGS, '宝山区统计局.txt')).toMatchObject({ orgId: 4 });
  });
});

describe('hints in a saved report’s file name', () => {
  it('reads the agency and the year', () => {
    expect(agencyFromFileName('东区统计局2023年政府信息公开工作年度报告.html')).toBe('东区统计局');
    expect(agencyFromFileName('2021年报.pdf')).toBeNull();
    expect(reportYearFromFileName('东区统计局2023年度报告.html', 2025)).toBe(2023);
    expect(reportYearFromFileName('t20240129_123456.html', 2025)).toBeNull();
    expect(reportYearFromFileName('东区2030年规划.html', 2025)).toBeNull();
  });
});
