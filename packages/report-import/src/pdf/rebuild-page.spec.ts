import type { TextRun } from './page-geometry';
import { rebuildPage } from './rebuild-page';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * (/^[\d,.]+$/.test(text) ? 0.55 : 1),
  size,
});

describe('rebuildPage', () => {
  it('reads a table printed without borders as rows split at the wide gaps', () => {
    const runs = [
      run('一、本年新收政府信息公开申请数量', 50, 700),
      ...['3', '0', '0', '0', '0', '0', '3'].map((value, index) => run(value, 260 + index * 40, 700)),
      run('二、上年结转政府信息公开申请数量', 50, 680),
      ...['1', '0', '0', '0', '0', '0', '1'].map((value, index) => run(value, 260 + index * 40, 680)),
      run('（一）予以公开', 50, 660),
      ...['2', '0', '0', '0', '0', '0', '2'].map((value, index) => run(value, 260 + index * 40, 660)),
    ];
    expect(rebuildPage({ runs, segments: [] })).toEqual([
      {
        kind: 'table',
        rows: [
          ['一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '0', '0', '3'],
          ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
          ['（一）予以公开', '2', '0', '0', '0', '0', '0', '2'],
        ],
      },
    ]);
  });

  it('gives a borderless row its label when Word centred the values between the two lines of a wrapped label', () => {
    const seven = (values: string[], y: number) =>
      values.map((value, index) => run(value, 300 + index * 40, y));
    const zeros = ['0', '0', '0', '0', '0', '0', '0'];
    const runs = [
      run('1.本机关不掌握相关政府信息', 50, 720),
      ...seven(['3', '0', '0', '0', '0', '0', '3'], 720),
      run('2.没有现成信息需要另行', 50, 700),
      ...seven(['1', '0', '0', '0', '0', '0', '1'], 694),
      run('制作', 50, 688),
      run('3.补正后申请内容仍不明确', 50, 670),
      ...seven(zeros, 670),
    ];
    expect(rebuildPage({ runs, segments: [] })).toEqual([
      {
        kind: 'table',
        rows: [
          ['1.本机关不掌握相关政府信息', '3', '0', '0', '0', '0', '0', '3'],
          ['2.没有现成信息需要另行制作', '1', '0', '0', '0', '0', '0', '1'],
          ['3.补正后申请内容仍不明确', ...zeros],
        ],
      },
    ]);
  });

  it('joins a bordered cell’s wrapped lines and keeps a blank cell in its column', () => {
    const box = (x0: number, y0: number, x1: number, y1: number) => [
      { x0, y0: y1, x1, y1 },
      { x0, y0, x1, y1: y0 },
      { x0, y0, x1: x0, y1 },
      { x0: x1, y0, x1, y1 },
    ];
    const segments = [...box(50, 660, 250, 700), ...box(250, 660, 300, 700), ...box(300, 660, 350, 700)];
    const runs = [
      run('（二）部分公开（区分处理的，只', 52, 688),
      run('计这一情形，不计其他情形）', 52, 672),
      run('4', 270, 680),
    ];
    expect(rebuildPage({ runs, segments })).toEqual([
      { kind: 'table', rows: [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '']] },
    ]);
  });

  it('joins the lines of a paragraph broken by the page width, but not a heading that follows a full line', () => {
    const runs = [
      run('本年度共收到政府信息公开申请', 70, 700),
      run('25件，办结22件。', 50, 684),
      run('本段正文正好写满了一整行。', 70, 668),
      run('六、其他需要报告的事项', 50, 652),
      run('边界', 190, 720),
    ];
    const [block] = rebuildPage({ runs, segments: [] });
    expect(block).toEqual({
      kind: 'text',
      lines: [
        '边界',
        '本年度共收到政府信息公开申请25件，办结22件。',
        '本段正文正好写满了一整行。',
        '六、其他需要报告的事项',
      ],
    });
  });
});
