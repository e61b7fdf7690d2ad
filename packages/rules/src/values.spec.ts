import { normalizeLabel, stripNumbering } from './labels';
import { parseCellText } from './values';

describe('parseCellText', () => {
  it.each([
    ['383', 383],
    ['１２３', 123],
    [' 1,234 ', 1234],
    ['1，234', 1234],
    ['-100', -100],
    ['－24', -24],
    ['5件', 5],
    ['0', 0],
  ])('reads %p as %p', (raw, value) => {
    expect(parseCellText(raw)).toEqual({ status: 'number', value });
  });

  it.each(['', '  ', '/', '／', '—', '——', '-', '无', '\u3000'])(
    'reads %p as not filled, which is not 0',
    (raw) => {
      expect(parseCellText(raw)).toEqual({ status: 'notFilled', value: null });
    },
  );

  it('reads 万元 amounts written with a unit', () => {
    expect(parseCellText('253.2358万', 'amount')).toEqual({ status: 'number', value: 253.2358 });
    expect(parseCellText('38万元', 'amount')).toEqual({ status: 'number', value: 38 });
    expect(parseCellText('12000元', 'amount')).toMatchObject({
      status: 'number',
      value: 1.2,
      note: expect.stringContaining('万元'),
    });
  });

  it('reads 本年增/减 written in words (增1423, 减24), and only in that column', () => {
    expect(parseCellText('增1423', 'signedCount')).toEqual({ status: 'number', value: 1423 });
    expect(parseCellText('减少24', 'signedCount')).toEqual({ status: 'number', value: -24 });
    expect(parseCellText('增1423', 'count').status).toBe('invalid');
  });

  it('does not guess at text that is not a number', () => {
    expect(parseCellText('若干')).toEqual({ status: 'invalid', value: null });
    expect(parseCellText('12a')).toEqual({ status: 'invalid', value: null });
    expect(parseCellText('1,23')).toEqual({ status: 'invalid', value: null });
  });
});

describe('normalizeLabel', () => {
  it('folds full- and half-width punctuation, spaces and line breaks', () => {
    expect(normalizeLabel('（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）')).toBe(
      normalizeLabel('(二)部分公开(区分处理的,只计这一情形,不计其他情形)'),
    );
    expect(normalizeLabel('统　计　指　标')).toBe('统计指标');
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe(normalizeLabel('3.危及"三安全一稳定"'));
    expect(normalizeLabel('本年收费金额（单位：万元）')).toBe(normalizeLabel('本年收费金额(单位:万元)'));
  });

  it('treats 1、 and 1． numbering like 1. and drops a leading 其中：', () => {
    expect(normalizeLabel('1、属于国家秘密')).toBe(normalizeLabel('1.属于国家秘密'));
    expect(normalizeLabel('1．属于国家秘密')).toBe(normalizeLabel('1.属于国家秘密'));
    expect(normalizeLabel('其中：涉及国家秘密')).toBe('涉及国家秘密');
  });

  it('strips numbering of any style', () => {
    for (const label of ['一、总体情况', '1、总体情况', '（一）总体情况', '1.总体情况']) {
      expect(stripNumbering(normalizeLabel(label))).toBe('总体情况');
    }
  });
});
