import type { StoredNarrative } from '../../modules/reports/report-narrative';

/** Section 五 of the demo's last-year narrative: long enough for the 内容雷同 check. */
export const DEMO_LAST_YEAR_PROBLEMS =
  '一是政务公开工作人员业务能力有待提高，对条例的理解不够深入。二是政策解读形式较为单一，图解、视频等解读方式运用较少。下一步，我街道将加强业务培训，丰富解读形式，进一步提升政务公开工作水平。';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const topic = (id: string, title: string, text: string) => ({
  id,
  title,
  blocks: [paragraph(text)],
  subsections: [],
});
const empty = (id: string, title: string) => ({ id, title, blocks: [], subsections: [] });

/**
 * Last year's narrative of 东城街道 in the demo, so 上年文本 and the 内容雷同 warning can be tried at once. It states
 * no numbers: last year's text is not checked against this year's tables.
 */
export const DEMO_LAST_YEAR_NARRATIVE: StoredNarrative = {
  preamble: [
    paragraph(
      '本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。报告中所列数据的统计期限自1月1日起至12月31日止。',
    ),
  ],
  sections: [
    {
      id: 'overview',
      title: '一、总体情况',
      blocks: [
        paragraph(
          '本街道认真贯彻落实政府信息公开条例，围绕中心工作，持续深化政务公开，各项工作平稳有序推进。',
        ),
      ],
      subsections: [
        topic(
          'overview-proactive',
          '（一）主动公开',
          '及时公开机构职能、财政预决算、民生实事等信息，重点做好基层政务公开标准目录的落实。',
        ),
        topic(
          'overview-on-request',
          '（二）依申请公开',
          '规范依申请公开办理流程，严格按照法定时限答复，答复文书说理充分。',
        ),
        topic('overview-management', '（三）政府信息管理', '落实公开前保密审查，定期清理更新已公开信息。'),
        topic(
          'overview-platforms',
          '（四）政府信息公开平台建设',
          '依托区政府门户网站街道专栏和政务新媒体公开信息，完善公开栏目设置。',
        ),
        topic('overview-oversight', '（五）监督保障', '将政务公开纳入年度工作考核，组织开展业务培训。'),
      ],
    },
    empty('proactive', '二、主动公开政府信息情况'),
    empty('applications', '三、收到和处理政府信息公开申请情况'),
    empty('reviews', '四、政府信息公开行政复议、行政诉讼情况'),
    {
      id: 'problems',
      title: '五、存在的主要问题及改进情况',
      blocks: [paragraph(DEMO_LAST_YEAR_PROBLEMS)],
      subsections: [],
    },
    topic('other', '六、其他需要报告的事项', '本年度未收取信息处理费。'),
  ],
};
