import { checkStructure } from './check-structure';

const SIX = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const withBody = (headings: string[]) => headings.flatMap((heading) => [heading, '本部分正文。']).join('\n');

describe('checkStructure', () => {
  it('accepts the six sections in order, whatever the numbering style', () => {
    expect(checkStructure(withBody(SIX), { formatId: '2021' })).toEqual([]);
    const arabic = SIX.map((heading, index) => heading.replace(/^[一二三四五六]、/, `${index + 1}. `));
    expect(checkStructure(withBody(arabic), { formatId: '2021' })).toEqual([]);
  });

  it('names a missing section', () => {
    const [finding] = checkStructure(withBody(SIX.filter((_, index) => index !== 3)), { formatId: '2019' });
    expect(finding).toMatchObject({ ruleId: 'NARRATIVE-SECTIONS', severity: 'SOFT' });
    expect(finding.message).toContain('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('reports sections out of order', () => {
    const swapped = [SIX[0], SIX[2], SIX[1], SIX[3], SIX[4], SIX[5]];
    expect(checkStructure(withBody(swapped), { formatId: '2021' }).map((finding) => finding.ruleId)).toEqual([
      'NARRATIVE-SECTION-ORDER',
    ]);
  });

  it('does not mistake a （二）依申请公开 sub-heading of 总体情况 for section 三', () => {
    const text = withBody([SIX[0], '（一）主动公开', '（二）依申请公开情况', ...SIX.slice(1)]);
    expect(checkStructure(text, { formatId: '2021' })).toEqual([]);
  });

  it('says once, as INFO, when no heading can be recognised at all', () => {
    expect(checkStructure('一段没有标题的正文。', { formatId: '2021' })).toEqual([
      expect.objectContaining({ ruleId: 'NARRATIVE-SECTIONS', severity: 'INFO' }),
    ]);
  });
});
