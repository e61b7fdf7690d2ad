import { importPublishedReport } from '../src';
import {
  SEED_000_VALUES,
  SEED_001_VALUES,
  SEED_002_VALUES,
  SEED_003_VALUES,
  SEED_004_VALUES,
} from './seed-expected-values';
import { readSeed } from './seed-paths';

describe('importing the five real published reports (.txt)', () => {
  it('000 宁波市规划局 2018: legacy table, blank parents kept blank, agency not named in the file', async () => {
    const report = await importPublishedReport(readSeed('000_b55ee0d3163912f6.txt'));
    expect(report).toMatchObject({ formatId: 'legacy', reportYear: 2018, agency: null, source: 'txt' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(SEED_000_VALUES);
    expect(report.narrative).toContain('一、政务公开基本情况');
    expect(report.narrative).not.toContain('统计数');
  });

  it('001 宁波市海曙区人民政府 2018: legacy aggregate report, agency from title and 填报单位', async () => {
    const report = await importPublishedReport(readSeed('001_ea52101856a8af1f.txt'));
    expect(report).toMatchObject({ formatId: 'legacy', reportYear: 2018, agency: '宁波市海曙区人民政府' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(SEED_001_VALUES);
  });

  it('002 温州市规划局 2017: “/” cells are not filled; the year is the report year, not the 2018 signature', async () => {
    const report = await importPublishedReport(readSeed('002_7c30735b49d55434.txt'));
    expect(report).toMatchObject({ formatId: 'legacy', reportYear: 2017, agency: '温州市规划局' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(SEED_002_VALUES);
  });

  it('003 宝山区规划和自然资源局 2019: 2019 format, signed amounts, “253.2358万”, one row of 15 in Table C', async () => {
    const report = await importPublishedReport(readSeed('003_d700c24dbd5bf299.txt'));
    expect(report).toMatchObject({ formatId: '2019', reportYear: 2019, agency: '宝山区规划和自然资源局' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(SEED_003_VALUES);
    expect(report.narrative).toContain('五、存在的主要问题及改进情况');
  });

  it('004 宁海县人民政府办公室 2020: labels split by blank lines, most cells blank', async () => {
    const report = await importPublishedReport(readSeed('004_ecd5872fd256d62d.txt'));
    expect(report).toMatchObject({ formatId: '2019', reportYear: 2020, agency: '宁海县人民政府办公室' });
    expect(report.unreadable).toEqual([]);
    expect(report.values).toEqual(SEED_004_VALUES);
  });
});
