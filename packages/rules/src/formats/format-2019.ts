import {
  applicationsSection,
  INFO_CONTENT,
  reviewsAndLawsuitsSection,
  SIX_NARRATIVE_SECTIONS,
} from './shared-2019-2021';
import type { ColumnDef, FormatDef } from './types';

const projectColumns: ColumnDef[] = [
  { code: 'PREV', label: '上一年项目数量' },
  { code: 'DELTA', label: '本年增/减', kind: 'signedCount', aliases: ['本年增减'] },
  { code: 'DEC', label: '处理决定数量' },
];

export const format2019: FormatDef = {
  id: '2019',
  prefix: 'T19',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  shortName: '2019 试行格式（2019–2020 年度）',
  authority: '国办公开办函〔2019〕60号',
  firstYear: 2019,
  lastYear: 2020,
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
            { code: 'NEW', label: '本年新制作数量' },
            { code: 'PUB', label: '本年新公开数量' },
            { code: 'TOT', label: '对外公开总数量' },
          ],
          rows: [
            { code: 'GZ', label: '规章' },
            { code: 'GF', label: '规范性文件', aliases: ['行政规范性文件'] },
          ],
        },
        {
          code: '20_5',
          caption: '第二十条第（五）项',
          corner: INFO_CONTENT,
          columns: projectColumns,
          rows: [
            { code: 'XK', label: '行政许可' },
            { code: 'QT', label: '其他对外管理服务事项' },
          ],
        },
        {
          code: '20_6',
          caption: '第二十条第（六）项',
          corner: INFO_CONTENT,
          columns: projectColumns,
          rows: [
            { code: 'CF', label: '行政处罚' },
            { code: 'QZ', label: '行政强制' },
          ],
        },
        {
          code: '20_8',
          caption: '第二十条第（八）项',
          corner: INFO_CONTENT,
          columns: projectColumns.slice(0, 2),
          rows: [{ code: 'SF', label: '行政事业性收费' }],
        },
        {
          code: '20_9',
          caption: '第二十条第（九）项',
          corner: INFO_CONTENT,
          columns: [
            { code: 'CNT', label: '采购项目数量' },
            {
              code: 'AMT',
              label: '采购总金额',
              kind: 'amount',
              unit: '万元',
              aliases: ['采购总金额（万元）'],
            },
          ],
          rows: [{ code: 'CG', label: '政府集中采购' }],
        },
      ],
    },
    applicationsSection([{ code: 'R6', label: '（六）其他处理', parent: 'R' }]),
    reviewsAndLawsuitsSection,
  ],
};
