export { layoutGrid, printStyleOf } from './grid-layout';
export type { GridLayout, LayoutCell, LayoutCellRole, PrintStyle } from './layout-types';
