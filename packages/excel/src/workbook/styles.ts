import type { Alignment, Border, Borders, Font } from 'exceljs';
import type { LabelRole } from '../layout/layout-types';

const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const TABLE_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The official tables are typeset in 宋体 (headings) and 仿宋 (body). */
export const FONTS: Record<LabelRole | 'value', Partial<Font>> = {
  title: { name: '宋体', size: 16, bold: true },
  caption: { name: '宋体', size: 11, bold: true },
  header: { name: '宋体', size: 10.5, bold: true },
  rowLabel: { name: '仿宋', size: 11 },
  unit: { name: '仿宋', size: 11 },
  info: { name: '仿宋', size: 11 },
  value: { name: '宋体', size: 11 },
};

const centred: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

export function labelAlignment(role: LabelRole, indent = 0): Partial<Alignment> {
  if (role === 'rowLabel') return { horizontal: 'left', vertical: 'middle', wrapText: true, indent };
  if (role === 'caption' || role === 'info') return { horizontal: 'left', vertical: 'middle' };
  return centred;
}

export const VALUE_ALIGNMENT: Partial<Alignment> = { horizontal: 'center', vertical: 'middle' };

/** Value cells are tinted so a submitter sees at once where to type. */
export const INPUT_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFFFF9E6' },
};
