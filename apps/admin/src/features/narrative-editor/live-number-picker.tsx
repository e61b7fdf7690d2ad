import { useMemo } from 'react';
import { Select } from 'antd';
import { figuresOf, listCells } from '@nianbao/rules';
import type { FormatId, LiveNumber } from '@nianbao/rules';

interface LiveNumberPickerProps {
  formatId: FormatId;
  hasLastYear: boolean;
  label: string;
  onPick: (number: LiveNumber) => void;
}

interface Option {
  value: string;
  label: string;
}

/** Every figure and cell the format holds (and their 同比 when last year's report is known), searchable. */
function optionsOf(formatId: FormatId, hasLastYear: boolean): { label: string; options: Option[] }[] {
  const figures = figuresOf(formatId);
  const option = (number: LiveNumber, label: string) => ({ value: JSON.stringify(number), label });
  return [
    {
      label: '统计数字',
      options: figures.map((figure) => option({ kind: 'figure', figure: figure.id }, figure.name)),
    },
    ...(hasLastYear
      ? [
          {
            label: '同比增减',
            options: figures
              .filter((figure) => !figure.share)
              .flatMap((figure) => [
                option({ kind: 'figure', figure: figure.id, compare: 'change' }, `${figure.name} 同比增减`),
                option(
                  { kind: 'figure', figure: figure.id, compare: 'changePercent' },
                  `${figure.name} 同比增减（%）`,
                ),
              ]),
          },
        ]
      : []),
    {
      label: '统计表单元格',
      options: listCells(formatId).map((cell) =>
        option({ kind: 'cells', cells: [cell.code] }, cell.displayName),
      ),
    },
  ];
}

/** 插入引用数字: a searchable list of the figures and cells of the report's tables. */
export function LiveNumberPicker({ formatId, hasLastYear, label, onPick }: LiveNumberPickerProps) {
  const options = useMemo(() => optionsOf(formatId, hasLastYear), [formatId, hasLastYear]);
  return (
    <Select
      size="small"
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={`插入引用数字：${label}`}
      placeholder="插入引用数字…"
      style={{ width: 220 }}
      value={null}
      options={options}
      onChange={(value: string) => onPick(JSON.parse(value) as LiveNumber)}
    />
  );
}
