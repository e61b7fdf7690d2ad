import { createReportDocument } from './create-report-document';
import { everyCellFilled } from '../../test/fixtures';
import { PublishError } from '../publish.error';

const report2021 = everyCellFilled('2021');

describe('a 2019/2021 report document', () => {
  it('always has the six sections in order, tables in 二、三、四, whatever order the clerk wrote them in', () => {
    const document = createReportDocument({
      report: report2021,
      narrative: {
        sections: [
          { title: '六、其他需要报告的事项', text: '本年度未收取信息处理费。' },
          { title: '1、总体情况', text: '全年工作平稳。' },
        ],
      },
    });
    expect(document.sections.map((section) => [section.title, section.table ?? null])).toEqual([
      ['一、总体情况', null],
      ['二、主动公开政府信息情况', 'A'],
      ['三、收到和处理政府信息公开申请情况', 'B'],
      ['四、政府信息公开行政复议、行政诉讼情况', 'C'],
      ['五、存在的主要问题及改进情况', null],
      ['六、其他需要报告的事项', null],
    ]);
    expect(document.sections[0].blocks).toEqual([{ type: 'paragraph', text: '全年工作平稳。' }]);
    expect(document.sections[5].blocks).toEqual([{ type: 'paragraph', text: '本年度未收取信息处理费。' }]);
    expect(document.title).toBe('示例市示例区统计局2023年政府信息公开工作年度报告');
  });

  it('places sub-topics of 一、总体情况 under the five official headings', () => {
    const document = createReportDocument({
      report: report2021,
      narrative: {
        sections: [
          {
            id: 'overview',
            subsections: [
              { title: '（四）平台建设', text: '网站集约化。' },
              {
                title: '（一）主动公开',
                blocks: [{ type: 'list', ordered: false, items: ['公开规划信息。'] }],
              },
            ],
          },
        ],
      },
    });
    const topics = document.sections[0].subsections;
    expect(topics.map((topic) => topic.title)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(topics[3].blocks).toEqual([{ type: 'paragraph', text: '网站集约化。' }]);
    expect(topics[0].blocks).toEqual([{ type: 'list', ordered: false, items: ['公开规划信息。'] }]);
  });

  it.each([
    [{ sections: [{ title: '七、附录', text: 'x' }] }, '“七、附录”不是格式规定的部分'],
    [
      {
        sections: [
          { title: '五、存在的主要问题', text: 'a' },
          { id: 'problems', text: 'b' },
        ],
      },
      '都对应“五、存在的主要问题及改进情况”',
    ],
    [
      { sections: [{ title: '一、总体情况', blocks: [{ type: 'html', text: '<b>x</b>' }] }] },
      '不是段落、标题或列表',
    ],
    [{ sections: [{ title: '一、总体情况', blocks: [{ type: 'list', items: [1] }] }] }, '列表缺少 items'],
    [{ sections: [{ text: '无标题' }] }, '缺少 title'],
    [
      {
        sections: [
          { id: 'problems', subsections: [{ title: '（一）人员', subsections: [{ title: '1.' }] }] },
        ],
      },
      '不能再分小节',
    ],
    [{ paragraphs: [] }, '应为文字，或含 sections 数组的对象'],
    [42, '应为文字，或含 sections 数组的对象'],
  ])('refuses bad narrative input %j with a Chinese message', (narrative, message) => {
    expect(() => createReportDocument({ report: report2021, narrative })).toThrow(PublishError);
    expect(() => createReportDocument({ report: report2021, narrative })).toThrow(message);
  });
});

describe('a legacy report document', () => {
  it('keeps the free sections and appends the 统计表 as 附件', () => {
    const document = createReportDocument({
      report: everyCellFilled('legacy'),
      narrative: {
        sections: [
          { title: '一、概述', text: '概述。' },
          { title: '二、主要工作', text: '工作。' },
        ],
      },
    });
    expect(document.sections.map((section) => [section.title, section.table ?? null])).toEqual([
      ['一、概述', null],
      ['二、主要工作', null],
      ['附件：政府信息公开情况统计表', 'T'],
    ]);
  });
});

describe('narrative typed or pasted as one text', () => {
  it('is split at its headings, dropping the report’s own title lines', () => {
    const text = [
      '2020年某某办公室信息公开工作',
      '年 度 报 告',
      '本年报按照实际编制而成。',
      '一、总体情况',
      '全年工作平稳。',
      '（一）主动公开',
      '公开信息100条。',
      '（二）依申请公开',
      '收到申请3件。',
      '二、主动公开政府信息情况',
      '五、存在的主要问题及改进情况',
      '一是人员不足。',
    ].join('\n');
    const document = createReportDocument({ report: report2021, narrative: text });
    expect(document.preamble).toEqual([{ type: 'paragraph', text: '本年报按照实际编制而成。' }]);
    const [overview, , , , problems] = document.sections;
    expect(overview.blocks).toEqual([{ type: 'paragraph', text: '全年工作平稳。' }]);
    expect(overview.subsections[0].blocks).toEqual([{ type: 'paragraph', text: '公开信息100条。' }]);
    expect(overview.subsections[1].blocks).toEqual([{ type: 'paragraph', text: '收到申请3件。' }]);
    expect(problems.blocks).toEqual([{ type: 'paragraph', text: '一是人员不足。' }]);
  });

  it('opens each section and sub-topic once, whatever order the text has', () => {
    const text = [
      '二、主动公开政府信息情况',
      '表格如下。',
      '一、总体情况',
      '（一）主动公开',
      '公开信息100条。',
      '（一）主动公开',
      '另有10条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    const [overview, proactive] = createReportDocument({ report: report2021, narrative: text }).sections;
    expect(proactive.blocks).toEqual([{ type: 'paragraph', text: '表格如下。' }]);
    expect(overview.subsections[0].blocks).toEqual([
      { type: 'paragraph', text: '公开信息100条。' },
      { type: 'heading', text: '（一）主动公开' },
      { type: 'paragraph', text: '另有10条。' },
      { type: 'heading', text: '二、主动公开政府信息情况' },
    ]);
  });

  it('ends a legacy narrative at the 统计表 attachment, which is printed from the values', () => {
    const text = '一、概述\n全年工作平稳。\n附件：政府信息公开情况统计表\n统计指标\n单位';
    const document = createReportDocument({ report: everyCellFilled('legacy'), narrative: text });
    expect(document.sections.map((section) => section.title)).toEqual([
      '一、概述',
      '附件：政府信息公开情况统计表',
    ]);
    expect(document.sections[0].blocks).toEqual([{ type: 'paragraph', text: '全年工作平稳。' }]);
  });
});
