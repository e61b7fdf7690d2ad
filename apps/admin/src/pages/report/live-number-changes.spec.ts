import { liveNumberChanges } from './live-number-changes';

const received = '统计表「一、本年新收政府信息公开申请数量·总计」';
const handled = '统计表「（七）总计·总计」';

describe('live numbers in the version history', () => {
  it('shows the number a table change moved, with what the version before printed', () => {
    expect(
      liveNumberChanges(
        [
          { source: received, text: '131件' },
          { source: handled, text: '120件' },
        ],
        [
          { source: received, text: '118件' },
          { source: handled, text: '120件' },
        ],
      ),
    ).toEqual([
      { source: received, text: '131件', before: '118件' },
      { source: handled, text: '120件' },
    ]);
  });

  it('pairs a number cited twice in order, and shows a new reference without a before', () => {
    expect(
      liveNumberChanges(
        [
          { source: received, text: '131件' },
          { source: received, text: '131件' },
        ],
        [{ source: received, text: '131件' }],
      ),
    ).toEqual([
      { source: received, text: '131件' },
      { source: received, text: '131件' },
    ]);
  });
});
