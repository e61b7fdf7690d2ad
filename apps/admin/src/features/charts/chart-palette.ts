/**
 * Okabe–Ito: eight colours told apart by people with any common colour-vision deficiency (and in greyscale print),
 * in the order charts use them.
 */
export const CHART_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#000000',
] as const;
