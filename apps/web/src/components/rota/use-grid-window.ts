import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Which rows and columns of a fixed-size grid are in (or near) the scroll container's viewport,
 * so that only those are rendered: a thousand people over three months is 92,000 cells, of which
 * a screen shows a few hundred. Sizes are fixed, so no measuring of cells is needed.
 */

export interface GridGeometry {
  rowCount: number;
  colCount: number;
  rowHeight: number;
  colWidth: number;
  /** The sticky column at the inline start (names). */
  startWidth: number;
  /** The sticky header above the rows. */
  headHeight: number;
  /** The sticky footer below the rows (coverage). */
  footHeight: number;
  overscanRows?: number;
  overscanCols?: number;
}

export interface GridWindow {
  /** Rendered rows and columns, end exclusive (visible ones plus overscan). */
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
  /** The first row and column actually in view. */
  firstVisibleRow: number;
  firstVisibleCol: number;
  /** How many whole rows fit in the viewport (for Page Up/Down). */
  pageRows: number;
}

// Without layout (a test DOM, a hidden tab) the container measures 0: assume a large screen.
const FALLBACK_WIDTH = 1920;
const FALLBACK_HEIGHT = 1080;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function computeWindow(
  geometry: GridGeometry,
  viewport: { width: number; height: number; scrollLeft: number; scrollTop: number },
): GridWindow {
  const { rowCount, colCount, rowHeight, colWidth, startWidth, headHeight, footHeight } = geometry;
  const overscanRows = geometry.overscanRows ?? 4;
  const overscanCols = geometry.overscanCols ?? 2;
  const width = viewport.width || FALLBACK_WIDTH;
  const height = viewport.height || FALLBACK_HEIGHT;
  // Right-to-left layouts report a negative scrollLeft in Chromium and Firefox.
  const left = Math.abs(viewport.scrollLeft);
  const top = Math.max(0, viewport.scrollTop);
  const bodyHeight = Math.max(rowHeight, height - headHeight - footHeight);
  const bodyWidth = Math.max(colWidth, width - startWidth);

  const firstVisibleRow = clamp(Math.floor(top / rowHeight), 0, Math.max(0, rowCount - 1));
  const lastVisibleRow = clamp(Math.ceil((top + bodyHeight) / rowHeight), 0, rowCount);
  const firstVisibleCol = clamp(Math.floor(left / colWidth), 0, Math.max(0, colCount - 1));
  const lastVisibleCol = clamp(Math.ceil((left + bodyWidth) / colWidth), 0, colCount);
  return {
    rowStart: clamp(firstVisibleRow - overscanRows, 0, rowCount),
    rowEnd: clamp(lastVisibleRow + overscanRows, 0, rowCount),
    colStart: clamp(firstVisibleCol - overscanCols, 0, colCount),
    colEnd: clamp(lastVisibleCol + overscanCols, 0, colCount),
    firstVisibleRow,
    firstVisibleCol,
    pageRows: Math.max(1, Math.floor(bodyHeight / rowHeight)),
  };
}

function sameWindow(a: GridWindow, b: GridWindow): boolean {
  return (
    a.rowStart === b.rowStart &&
    a.rowEnd === b.rowEnd &&
    a.colStart === b.colStart &&
    a.colEnd === b.colEnd &&
    a.firstVisibleRow === b.firstVisibleRow &&
    a.firstVisibleCol === b.firstVisibleCol &&
    a.pageRows === b.pageRows
  );
}

function viewportOf(element: HTMLElement | null, size?: { width: number; height: number }) {
  return {
    width: size?.width ?? element?.clientWidth ?? 0,
    height: size?.height ?? element?.clientHeight ?? 0,
    scrollLeft: element?.scrollLeft ?? 0,
    scrollTop: element?.scrollTop ?? 0,
  };
}

export function useGridWindow(
  scrollRef: RefObject<HTMLElement | null>,
  geometry: GridGeometry,
): { window: GridWindow; update: () => void } {
  const {
    rowCount,
    colCount,
    rowHeight,
    colWidth,
    startWidth,
    headHeight,
    footHeight,
    overscanRows,
    overscanCols,
  } = geometry;
  const [window_, setWindow] = useState<GridWindow>(() =>
    computeWindow(geometry, viewportOf(scrollRef.current)),
  );
  // The container's size changes only on resize: remembered, so that a scroll event reads just
  // the two offsets.
  const size = useRef<{ width: number; height: number } | undefined>(undefined);

  const update = useCallback(() => {
    const next = computeWindow(
      {
        rowCount,
        colCount,
        rowHeight,
        colWidth,
        startWidth,
        headHeight,
        footHeight,
        overscanRows,
        overscanCols,
      },
      viewportOf(scrollRef.current, size.current),
    );
    // Scrolling by less than a row or a column changes nothing: no re-render for that.
    setWindow((current) => (sameWindow(current, next) ? current : next));
  }, [
    scrollRef,
    rowCount,
    colCount,
    rowHeight,
    colWidth,
    startWidth,
    headHeight,
    footHeight,
    overscanRows,
    overscanCols,
  ]);

  useLayoutEffect(() => {
    update();
    const element = scrollRef.current;
    if (!element) return undefined;
    element.addEventListener('scroll', update, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            size.current = { width: element.clientWidth, height: element.clientHeight };
            update();
          });
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollRef, update]);

  return { window: window_, update };
}
