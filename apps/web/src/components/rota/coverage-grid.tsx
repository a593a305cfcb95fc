import { type KeyboardEvent, memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CoverageGap } from '../../lib/api-types';
import { addDays, formatLocalDate } from '../../lib/local-date';
import {
  type CoverageLine,
  type DayCoverageDetail,
  type DayCoverageState,
  localTime,
} from './use-rota-model';
import type { DayLabel } from './day-labels';
import { type CellPosition, GRID, isNavigationKey, moveFocus } from './grid-geometry';

export interface LabelledCoverageLine extends CoverageLine {
  label: string;
}

export interface CoverageGridProps {
  lines: readonly LabelledCoverageLine[];
  details: ReadonlyMap<string, DayCoverageDetail>;
  days: readonly DayLabel[];
  colStart: number;
  colEnd: number;
  firstVisibleCol: number;
  label: string;
  rowOffset: number;
  /** Brings a column into view (the grid shares its horizontal scrolling with the rota). */
  revealColumn: (col: number) => void;
  rtl: boolean;
}

const ICONS: Record<DayCoverageState, string> = { gap: '▲', shortfall: '◆', ok: '✓' };

/**
 * `08:00–12:00` when the interval lies within `date`; otherwise the dates of the ends that lie
 * elsewhere are named (`Wed 30 Apr 22:00 – 06:00`). Local stamps are shown as sent.
 */
export function formatLocalRange(
  startLocal: string,
  endLocal: string,
  date: string,
  locale: string,
): string {
  const named = (stamp: string) =>
    `${formatLocalDate(stamp.slice(0, 10), locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    })} ${localTime(stamp)}`;
  const startDate = startLocal.slice(0, 10);
  const endDate = endLocal.slice(0, 10);
  const start = startDate === date ? localTime(startLocal) : named(startLocal);
  let end: string;
  if (endDate === date) end = localTime(endLocal);
  else if (endDate === addDays(date, 1) && localTime(endLocal) === '00:00') end = '24:00';
  else end = named(endLocal);
  return start.length > 5 || end.length > 5 ? `${start} – ${end}` : `${start}–${end}`;
}

/**
 * A row per skill under the rota, sharing its columns: each day shows the worst state of the
 * day (gap, shortfall, ok) by colour, icon and word. Hovering or focusing a day lists what is
 * missing: the local time range, the skill, required against staffed.
 */
export const CoverageGrid = memo(function CoverageGrid({
  lines,
  details,
  days,
  colStart,
  colEnd,
  firstVisibleCol,
  label,
  rowOffset,
  revealColumn,
  rtl,
}: CoverageGridProps) {
  const { t, i18n } = useTranslation();
  const tooltipId = useId();
  const words = useMemo<CoverageWords>(
    () => ({
      gap: t('rota.coverage.gap'),
      shortfall: t('rota.coverage.shortfall'),
      ok: t('rota.coverage.ok'),
      none: t('rota.coverage.none'),
    }),
    [t],
  );
  const gridRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: firstVisibleCol });
  const [shown, setShown] = useState<CellPosition | null>(null);
  const focusPending = useRef(false);

  const activeRendered = active.col >= colStart && active.col < colEnd && active.row < lines.length;
  const tabStop = activeRendered ? active : { row: 0, col: firstVisibleCol };

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-row="${active.row}"][data-col="${active.col}"]`)
      ?.focus({ preventScroll: true });
  });

  const positionOf = (target: EventTarget): CellPosition | null => {
    const cell = (target as HTMLElement).closest?.<HTMLElement>('[data-col]');
    if (!cell) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const from = positionOf(event.target);
    if (!from) return;
    if (event.key === 'Escape') {
      setShown(null);
      return;
    }
    if (!isNavigationKey(event.key)) return;
    event.preventDefault();
    const next = moveFocus(
      from,
      event.key,
      { rows: lines.length, cols: days.length, pageRows: lines.length },
      { ctrl: event.ctrlKey || event.metaKey, rtl },
    );
    revealColumn(next.col);
    focusPending.current = true;
    setActive(next);
    setShown(next);
  }

  const shownLine = shown ? lines[shown.row] : undefined;
  const shownDay = shown ? days[shown.col] : undefined;

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={label}
      aria-rowcount={lines.length}
      aria-colcount={days.length + 1}
      aria-readonly="true"
      className="coverage-grid"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const position = positionOf(event.target);
        if (!position) return;
        setActive(position);
        setShown(position);
      }}
      onBlur={(event) => {
        if (!gridRef.current?.contains(event.relatedTarget as Node | null)) setShown(null);
      }}
      onMouseOver={(event) => {
        // One handler for every cell (cells mount and unmount while scrolling).
        const position = positionOf(event.target);
        if (position && (position.row !== shown?.row || position.col !== shown.col))
          setShown(position);
      }}
      onMouseLeave={() => {
        if (!gridRef.current?.contains(document.activeElement)) setShown(null);
      }}
    >
      {lines.map((line, row) => (
        <CoverageRow
          key={line.key}
          line={line}
          row={row}
          rowOffset={rowOffset}
          days={days}
          colStart={colStart}
          colEnd={colEnd}
          tabCol={tabStop.row === row ? tabStop.col : -1}
          shownCol={shown?.row === row ? shown.col : -1}
          tooltipId={tooltipId}
          words={words}
          t={t}
        />
      ))}
      {shown && shownLine && shownDay ? (
        <CoverageTooltip
          id={tooltipId}
          line={shownLine}
          day={shownDay}
          state={shownLine.states[shown.col]}
          detail={details.get(`${shownLine.key}|${shown.col}`)}
          locale={i18n.language}
          col={shown.col}
          row={shown.row}
        />
      ) : null}
    </div>
  );
});

interface CoverageRowProps {
  line: LabelledCoverageLine;
  row: number;
  rowOffset: number;
  days: readonly DayLabel[];
  colStart: number;
  colEnd: number;
  /** The column holding the grid's tab stop in this row, or -1. */
  tabCol: number;
  /** The column whose details are shown (and describe the cell), or -1. */
  shownCol: number;
  tooltipId: string;
  words: CoverageWords;
  t: TFunction;
}

/** The state words of a day, translated once per language rather than once per cell. */
type CoverageWords = Record<DayCoverageState | 'none', string>;

/** A skill's row: re-rendered only when its own column window, tab stop or shown day changes. */
const CoverageRow = memo(function CoverageRow({
  line,
  row,
  rowOffset,
  days,
  colStart,
  colEnd,
  tabCol,
  shownCol,
  tooltipId,
  words,
  t,
}: CoverageRowProps) {
  // Rows re-render whenever the column window moves: translate the header once.
  const gapDays = useMemo(
    () => (line.gapDays > 0 ? t('rota.coverage.gapDays', { count: line.gapDays }) : ''),
    [t, line.gapDays],
  );
  const cells = [];
  for (let col = colStart; col < colEnd; col += 1) {
    const day = days[col];
    if (!day) continue;
    cells.push(
      <CoverageCell
        key={day.date}
        day={day}
        row={row}
        col={col}
        state={line.states[col]}
        tabbable={col === tabCol}
        describedBy={col === shownCol ? tooltipId : undefined}
        words={words}
      />,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={rowOffset + row + 1}
      className="coverage-row"
      style={{ insetBlockStart: row * GRID.coverageRowHeight }}
    >
      <div role="rowheader" aria-colindex={1} className="coverage-row__skill">
        <span className="coverage-row__name">{line.label}</span>
        {line.gapDays > 0 ? (
          <span className="coverage-row__count" title={gapDays}>
            <span aria-hidden="true">
              {ICONS.gap} {line.gapDays}
            </span>
            <span className="visually-hidden">{gapDays}</span>
          </span>
        ) : null}
      </div>
      {cells}
    </div>
  );
});

const CoverageCell = memo(function CoverageCell({
  day,
  row,
  col,
  state,
  tabbable,
  describedBy,
  words,
}: {
  day: DayLabel;
  row: number;
  col: number;
  state: DayCoverageState | undefined;
  tabbable: boolean;
  describedBy: string | undefined;
  words: CoverageWords;
}) {
  return (
    <div
      role="gridcell"
      aria-colindex={col + 2}
      data-row={row}
      data-col={col}
      tabIndex={tabbable ? 0 : -1}
      className={`coverage-cell coverage-cell--${state ?? 'none'}${
        day.weekend || day.holiday ? ' coverage-cell--off' : ''
      }`}
      style={{ insetInlineStart: GRID.nameWidth + col * GRID.colWidth }}
      aria-describedby={describedBy}
    >
      <span className="visually-hidden">{day.short}: </span>
      {state ? (
        <>
          <span className="coverage-cell__icon" aria-hidden="true">
            {ICONS[state]}
          </span>
          {words[state]}
        </>
      ) : (
        <>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{words.none}</span>
        </>
      )}
    </div>
  );
});

function CoverageTooltip({
  id,
  line,
  day,
  state,
  detail,
  locale,
  col,
  row,
}: {
  id: string;
  line: LabelledCoverageLine;
  day: DayLabel;
  state: DayCoverageState | undefined;
  detail: DayCoverageDetail | undefined;
  locale: string;
  col: number;
  row: number;
}) {
  const { t } = useTranslation();
  const range = (gap: CoverageGap) =>
    formatLocalRange(gap.startLocal, gap.endLocal, day.date, locale);
  const gaps = detail?.gaps ?? [];
  const shortfalls = detail?.shortfalls ?? [];
  return (
    <div
      id={id}
      role="tooltip"
      className="coverage-tooltip"
      style={{
        insetInlineStart: GRID.nameWidth + col * GRID.colWidth,
        insetBlockEnd: `calc(100% - ${row * GRID.coverageRowHeight}px + 4px)`,
      }}
    >
      <p className="coverage-tooltip__title">
        {t('rota.coverage.dayTitle', { skill: line.label, date: day.full })}
      </p>
      {gaps.length > 0 || shortfalls.length > 0 ? (
        <ul className="coverage-tooltip__list">
          {gaps.map((gap) => (
            <li key={`g${gap.start}`} className="coverage-tooltip__gap">
              <span aria-hidden="true">{ICONS.gap} </span>
              {t('rota.coverage.gapLine', {
                range: range(gap),
                skill: line.label,
                min: gap.min,
                staffed: gap.staffed,
              })}
            </li>
          ))}
          {shortfalls.map((gap) => (
            <li key={`s${gap.start}`} className="coverage-tooltip__shortfall">
              <span aria-hidden="true">{ICONS.shortfall} </span>
              {t('rota.coverage.shortfallLine', {
                range: range(gap),
                skill: line.label,
                ideal: gap.ideal,
                staffed: gap.staffed,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{state ? t('rota.coverage.okLine') : t('rota.coverage.noneLine')}</p>
      )}
    </div>
  );
}
