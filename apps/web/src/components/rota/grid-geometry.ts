/**
 * Fixed sizes of the rota grid in CSS pixels. Virtualisation places rows and columns by these
 * numbers, so the stylesheet must not size cells on its own (it reads them as variables).
 */
export const GRID = {
  nameWidth: 208,
  colWidth: 104,
  rowHeight: 56,
  headHeight: 52,
  coverageRowHeight: 34,
} as const;

/** Which cell of a grid has (or would get) focus: row and column index, 0-based. */
export interface CellPosition {
  row: number;
  col: number;
}

export type NavigationKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const NAVIGATION_KEYS = new Set<string>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export function isNavigationKey(key: string): key is NavigationKey {
  return NAVIGATION_KEYS.has(key);
}

/**
 * Where a key moves focus, following the ARIA grid pattern: arrows by one cell, Home/End to the
 * row's ends (with Ctrl, the grid's corners), Page Up/Down by a screenful. Left and right follow
 * the reading direction, so in a right-to-left layout ArrowLeft moves forwards.
 */
export function moveFocus(
  from: CellPosition,
  key: NavigationKey,
  size: { rows: number; cols: number; pageRows: number },
  options: { ctrl?: boolean; rtl?: boolean } = {},
): CellPosition {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const forwards = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  let { row, col } = from;
  switch (key) {
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowLeft':
    case 'ArrowRight':
      col += key === forwards ? 1 : -1;
      break;
    case 'Home':
      col = 0;
      if (options.ctrl) row = 0;
      break;
    case 'End':
      col = lastCol;
      if (options.ctrl) row = lastRow;
      break;
    case 'PageUp':
      row -= size.pageRows;
      break;
    case 'PageDown':
      row += size.pageRows;
      break;
  }
  return { row: Math.min(lastRow, Math.max(0, row)), col: Math.min(lastCol, Math.max(0, col)) };
}
