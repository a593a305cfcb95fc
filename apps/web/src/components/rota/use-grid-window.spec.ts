import { GRID, moveFocus } from './grid-geometry';
import { computeWindow } from './use-grid-window';

const geometry = {
  rowCount: 1000,
  colCount: 92,
  rowHeight: GRID.rowHeight,
  colWidth: GRID.colWidth,
  startWidth: GRID.nameWidth,
  headHeight: GRID.headHeight,
  footHeight: 3 * GRID.coverageRowHeight,
};

describe('the grid window', () => {
  it('renders only the rows and columns in view, plus a margin', () => {
    const view = computeWindow(geometry, {
      width: 1400,
      height: 800,
      scrollLeft: 0,
      scrollTop: 0,
    });
    expect(view).toEqual({
      rowStart: 0,
      // (800 − 52 − 102) / 56 → 12 rows, plus 4.
      rowEnd: 16,
      colStart: 0,
      // (1400 − 208) / 104 → 12 columns, plus 2.
      colEnd: 14,
      firstVisibleRow: 0,
      firstVisibleCol: 0,
      pageRows: 11,
    });
  });

  it('follows the scroll position, in either reading direction, and stops at the ends', () => {
    const middle = {
      width: 1400,
      height: 800,
      scrollLeft: 40 * GRID.colWidth + 10,
      scrollTop: 500 * 56,
    };
    const ltr = computeWindow(geometry, middle);
    const rtl = computeWindow(geometry, { ...middle, scrollLeft: -middle.scrollLeft });
    expect(rtl).toEqual(ltr);
    expect([ltr.rowStart, ltr.firstVisibleRow, ltr.colStart, ltr.firstVisibleCol]).toEqual([
      496, 500, 38, 40,
    ]);
    const end = computeWindow(geometry, {
      width: 1400,
      height: 800,
      scrollLeft: 1e6,
      scrollTop: 1e7,
    });
    expect([end.rowEnd, end.colEnd, end.firstVisibleRow]).toEqual([1000, 92, 999]);
  });
});

describe('keyboard movement in the grid', () => {
  const size = { rows: 10, cols: 7, pageRows: 4 };

  it('moves by cell, page and row end, and stays inside the grid', () => {
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowRight', size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 3, col: 3 }, 'End', size)).toEqual({ row: 3, col: 6 });
    expect(moveFocus({ row: 3, col: 3 }, 'End', size, { ctrl: true })).toEqual({ row: 9, col: 6 });
    expect(moveFocus({ row: 8, col: 3 }, 'PageDown', size)).toEqual({ row: 9, col: 3 });
    expect(moveFocus({ row: 5, col: 3 }, 'PageUp', size)).toEqual({ row: 1, col: 3 });
  });

  it('moves forwards with ArrowLeft in a right-to-left layout', () => {
    expect(moveFocus({ row: 0, col: 2 }, 'ArrowLeft', size, { rtl: true })).toEqual({
      row: 0,
      col: 3,
    });
  });
});
