import type { StoredNarrative } from '../../modules/reports/report-narrative';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const topic = (id: string, title: string, text: string) => ({
  id,
  title,
  blocks: [paragraph(text)],
  subsections: [],
});

/** Phrases that differ between agencies and years, so the 专栏's search and comparison have something to find. */
const FOCUS = [
  '优化营商环境',
  '乡村振兴',
  '教育惠民',
  '医疗卫生',
  '财政预决算',
  '城市更新',
  '生态环境保护',
  '社会救助',
];
const PLATFORMS = ['政府门户网站', '政务新媒体', '政务服务中心公开专区', '村（居）务公开栏'];

/**
 * The narrative of a published demo report: the six sections of the format, worded after the agency and the year
 * (no figures, so it never contradicts the tables).
 */
export function demoPublishedNarrative(agency: string, year: number, seed: number): StoredNarrative {
  const focus = FOCUS[seed % FOCUS.length];
  const platform = PLATFORMS[seed % PLATFORMS.length];
  return {
    preamble: [
      paragraph(
        `本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求，由${agency}编制。报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      ),
    ],
    sections: [
      {
        id: 'overview',
        title: '一、总体情况',
        blocks: [
          paragraph(
            `${year}年，${agency}围绕${focus}工作，坚持以公开为常态、不公开为例外，持续深化政务公开。`,
          ),
        ],
        subsections: [
          topic(
            'overview-proactive',
            '（一）主动公开',
            `重点公开${focus}相关政策文件、规划计划和实施进展，及时发布政策解读。`,
          ),
          topic(
            'overview-on-request',
            '（二）依申请公开',
            '规范依申请公开受理、审查、答复各环节，严格在法定期限内答复，答复文书说理充分。',
          ),
          topic(
            'overview-management',
            '（三）政府信息管理',
            '落实公开前保密审查和合法性审查，动态更新政府信息公开指南和目录。',
          ),
          topic(
            'overview-platforms',
            '（四）政府信息公开平台建设',
            `以${platform}为主要渠道发布信息，提升信息检索和无障碍浏览体验。`,
          ),
          topic(
            'overview-oversight',
            '（五）监督保障',
            '将政务公开纳入年度绩效考核，开展业务培训，接受社会评议。',
          ),
        ],
      },
      { id: 'proactive', title: '二、主动公开政府信息情况', blocks: [], subsections: [] },
      { id: 'applications', title: '三、收到和处理政府信息公开申请情况', blocks: [], subsections: [] },
      { id: 'reviews', title: '四、政府信息公开行政复议、行政诉讼情况', blocks: [], subsections: [] },
      {
        id: 'problems',
        title: '五、存在的主要问题及改进情况',
        blocks: [
          paragraph(
            `${agency}政务公开工作仍存在政策解读形式不够丰富、基层公开标准化规范化有待加强等问题。下一步将围绕${focus}加强解读回应，提高公开质量。`,
          ),
        ],
        subsections: [],
      },
      topic('other', '六、其他需要报告的事项', '本年度未收取信息处理费。'),
    ],
  };
}
