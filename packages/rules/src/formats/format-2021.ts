import {
  applicationsSection,
  INFO_CONTENT,
  reviewsAndLawsuitsSection,
  SIX_NARRATIVE_SECTIONS,
} from './shared-2019-2021';
import type { ColumnDef, FormatDef } from './types';

const decisionColumn: ColumnDef = { code: 'DEC', label: '本年处理决定数量' };

export const format2021: FormatDef = {
  id: '2021',
  prefix: 'T21',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  shortName: '2021 格式（2021 年度起）',
  authority: '国办公开办函〔2021〕30号',
  firstYear: 2021,
  lastYear: null,
  narrativeSections: SIX_NARRATIVE_SECTIONS,
  sections: [
    {
      code: 'A',
      title: '二、主动公开政府信息情况',
      shortName: '主动公开',
      grids: [
        {
          code: '20_1',
          caption: '第二十条第（一）项',
          corner: INFO_CONTENT,
          columns: [
            { code: 'MADE', label: '本年制发件数' },
            { code: 'REP', label: '本年废止件数' },
            { code: 'VALID', label: '现行有效件数', aliases: ['现行有效件'] },
          ],
          rows: [
            { code: 'GZ', label: '规章' },
            { code: 'GF', label: '行政规范性文件', aliases: ['规范性文件'] },
          ],
        },
        {
          code: '20_5',
          caption: '第二十条第（五）项',
          corner: INFO_CONTENT,
          columns: [decisionColumn],
          rows: [{ code: 'XK', label: '行政许可' }],
        },
        {
          code: '20_6',
          caption: '第二十条第（六）项',
          corner: INFO_CONTENT,
          columns: [decisionColumn],
          rows: [
            { code: 'CF', label: '行政处罚' },
            { code: 'QZ', label: '行政强制' },
          ],
        },
        {
          code: '20_8',
          caption: '第二十条第（八）项',
          corner: INFO_CONTENT,
          columns: [
            {
              code: 'AMT',
              label: '本年收费金额（单位：万元）',
              kind: 'amount',
              unit: '万元',
              aliases: ['本年收费金额'],
            },
          ],
          rows: [{ code: 'SF', label: '行政事业性收费' }],
        },
      ],
    },
    applicationsSection([
      { code: 'R6', label: '（六）其他处理', parent: 'R', isHeading: true },
      {
        code: 'R6_1',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        parent: 'R6',
      },
      {
        code: 'R6_2',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        parent: 'R6',
      },
      { code: 'R6_3', label: '3.其他', parent: 'R6' },
    ]),
    reviewsAndLawsuitsSection,
  ],
};
