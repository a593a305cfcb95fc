import {
  type KeyboardEvent,
  memo,
  type MouseEvent,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { GlobeIcon } from '../ui/icons';
import type { RotaEmployee } from '../../lib/api-types';
import { formatTimeZoneName } from '../../lib/intl';
import { useGridWindow } from './use-grid-window';
import type { CellItems, RotaModel } from './use-rota-model';
import { CoverageGrid, type LabelledCoverageLine } from './coverage-grid';
import type { DayLabel } from './day-labels';
import { type CellPosition, GRID, isNavigationKey, moveFocus } from './grid-geometry';
import { describeLeave, LeaveBand } from './leave-band';
import { describeItem, ShiftChip } from './shift-chip';

/** What a click or Enter on a cell asks for: the cell, and the shift chosen in it if any. */
export interface CellTarget {
  employeeId: string;
  date: string;
  itemKey: string | null;
}

export interface RotaGridProps {
  model: RotaModel;
  days: readonly DayLabel[];
  coverageLines: readonly LabelledCoverageLine[];
  teamTimeZone: string;
  canEdit: boolean;
  /** Cells open on click, Enter or Space (to edit, or to explain); defaults to `canEdit`. */
  canOpen?: boolean;
  label: string;
  coverageLabel: string;
  /** The data on screen is being replaced (a newer window is loading). */
  busy: boolean;
  /** Leave types by id, for the names on leave bands (managers see them; others see "Away"). */
  leaveTypes: ReadonlyMap<string, LeaveTypeLook>;
  onOpen: (target: CellTarget) => void;
}

export interface LeaveTypeLook {
  name: string;
  colour: string;
}

/** The document's direction (set from the UI language), read without forcing a style pass. */
function isRtl(element: HTMLElement | null): boolean {
  return element?.closest('[dir]')?.getAttribute('dir') === 'rtl';
}

/**
 * Employees × days, virtualised in both directions: only the rows and columns in view (plus a
 * margin) are in the DOM, placed by fixed sizes, with the names and the day header sticky. It is
 * an ARIA grid with one tab stop (roving tabindex); arrow keys, Home/End and Page Up/Down move
 * between cells, scrolling as needed, and Enter or Space opens the cell for editing.
 */
export function RotaGrid({
  model,
  days,
  coverageLines,
  teamTimeZone,
  canEdit,
  canOpen = canEdit,
  label,
  coverageLabel,
  busy,
  leaveTypes,
  onOpen,
}: RotaGridProps) {
  // One subscription to the language for the whole grid: rows, cells and headers get `t` as a
  // prop (a hook per cell would subscribe and unsubscribe hundreds of times while scrolling).
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const words = useMemo<CellWords>(
    () => ({ noShift: t('rota.grid.noShift'), nextDayMark: t('rota.shift.nextDayShort') }),
    [t],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = model.employees.length;
  const colCount = days.length;
  const footHeight = coverageLines.length * GRID.coverageRowHeight;
  const { window: view, update } = useGridWindow(scrollRef, {
    rowCount,
    colCount,
    rowHeight: GRID.rowHeight,
    colWidth: GRID.colWidth,
    startWidth: GRID.nameWidth,
    headHeight: GRID.headHeight,
    footHeight,
  });

  // The grid re-renders on every scroll step that changes the window: translate its corner once.
  const corner = useMemo(
    () => ({
      title: t('rota.grid.employee'),
      count: t('rota.grid.people', { count: rowCount }),
    }),
    [t, rowCount],
  );
  const todayIndex = days.findIndex((day) => day.today);
  const [active, setActive] = useState<CellPosition>({
    row: 0,
    col: Math.max(0, todayIndex),
  });
  const focusPending = useRef(false);
  const activeInGrid = active.row < rowCount && active.col < colCount;
  const activeRendered =
    activeInGrid &&
    active.row >= view.rowStart &&
    active.row < view.rowEnd &&
    active.col >= view.colStart &&
    active.col < view.colEnd;
  // The one tab stop: the last active cell, or the first one in view when that scrolled away.
  const tabStop = activeRendered
    ? active
    : { row: view.firstVisibleRow, col: view.firstVisibleCol };

  // On arrival, bring today into view.
  const scrolledToToday = useRef(false);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (scrolledToToday.current || !element || todayIndex <= 0) return;
    scrolledToToday.current = true;
    const left = Math.max(0, (todayIndex - 1) * GRID.colWidth);
    element.scrollLeft = isRtl(element) ? -left : left;
    update();
  }, [todayIndex, update]);

  const revealColumn = useCallback(
    (col: number) => {
      const element = scrollRef.current;
      if (!element || element.clientWidth === 0) return;
      const rtl = isRtl(element);
      const left = col * GRID.colWidth;
      const viewLeft = Math.abs(element.scrollLeft);
      const viewWidth = element.clientWidth - GRID.nameWidth;
      let next = viewLeft;
      if (left < viewLeft) next = left;
      else if (left + GRID.colWidth > viewLeft + viewWidth) next = left + GRID.colWidth - viewWidth;
      if (next !== viewLeft) element.scrollLeft = rtl ? -next : next;
      update();
    },
    [update],
  );

  const revealCell = useCallback(
    ({ row, col }: CellPosition) => {
      const element = scrollRef.current;
      if (!element || element.clientHeight === 0) return;
      const top = row * GRID.rowHeight;
      const viewHeight = element.clientHeight - GRID.headHeight - footHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + GRID.rowHeight > element.scrollTop + viewHeight)
        element.scrollTop = top + GRID.rowHeight - viewHeight;
      revealColumn(col);
    },
    [footHeight, revealColumn],
  );

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current
      ?.querySelector<HTMLElement>(
        `.rota-body [data-row="${active.row}"][data-col="${active.col}"]`,
      )
      ?.focus({ preventScroll: true });
  });

  const positionOf = (target: EventTarget): CellPosition | null => {
    const cell = (target as HTMLElement).closest?.<HTMLElement>('.rota-cell');
    if (!cell) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  };

  const open = (position: CellPosition, itemKey: string | null) => {
    const employee = model.employees[position.row];
    const day = days[position.col];
    if (!canOpen || !employee || !day) return;
    onOpen({ employeeId: employee.id, date: day.date, itemKey });
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const from = positionOf(event.target);
    if (!from) return;
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const next = moveFocus(
        from,
        event.key,
        { rows: rowCount, cols: colCount, pageRows: view.pageRows },
        { ctrl: event.ctrlKey || event.metaKey, rtl: isRtl(scrollRef.current) },
      );
      revealCell(next);
      focusPending.current = true;
      setActive(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && canOpen) {
      event.preventDefault();
      open(from, null);
    }
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const position = positionOf(event.target);
    if (!position) return;
    const chip = (event.target as HTMLElement).closest<HTMLElement>('[data-key]');
    open(position, chip?.dataset.key ?? null);
  }

  const rows = [];
  for (let row = view.rowStart; row < view.rowEnd; row += 1) {
    const employee = model.employees[row];
    if (!employee) continue;
    rows.push(
      <RotaRow
        key={employee.id}
        employee={employee}
        row={row}
        items={model.cells.get(employee.id)}
        days={days}
        colStart={view.colStart}
        colEnd={view.colEnd}
        tabCol={tabStop.row === row ? tabStop.col : -1}
        model={model}
        teamTimeZone={teamTimeZone}
        canOpen={canOpen}
        leaveTypes={leaveTypes}
        t={t}
        language={language}
        words={words}
      />,
    );
  }

  return (
    <div
      ref={scrollRef}
      className="rota-scroll"
      style={{
        // The container is only as tall as its content, up to the screen.
        blockSize: `min(var(--rota-max-height), ${
          GRID.headHeight + rowCount * GRID.rowHeight + footHeight + 2
        }px)`,
      }}
    >
      <div
        className="rota-canvas"
        style={{ inlineSize: GRID.nameWidth + colCount * GRID.colWidth }}
      >
        <div
          role="grid"
          aria-label={label}
          aria-rowcount={rowCount + 1}
          aria-colcount={colCount + 1}
          aria-readonly={canEdit ? undefined : true}
          aria-busy={busy || undefined}
          className={`rota-grid${busy ? ' rota-grid--busy' : ''}${canOpen ? ' rota-grid--editable' : ''}`}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={(event) => {
            const position = positionOf(event.target);
            if (position && (position.row !== active.row || position.col !== active.col))
              setActive(position);
          }}
        >
          <div role="rowgroup" className="rota-head">
            <div role="row" aria-rowindex={1} className="rota-row rota-row--head">
              <div role="columnheader" aria-colindex={1} className="rota-corner">
                {corner.title}
                <span className="rota-corner__count">{corner.count}</span>
              </div>
              {days.slice(view.colStart, view.colEnd).map((day, offset) => (
                <DayHeader key={day.date} day={day} col={view.colStart + offset} t={t} />
              ))}
            </div>
          </div>
          <div
            role="rowgroup"
            className="rota-body"
            style={{ blockSize: rowCount * GRID.rowHeight }}
          >
            {rows}
          </div>
        </div>
        {coverageLines.length > 0 ? (
          <div className="rota-foot" style={{ blockSize: footHeight }}>
            <CoverageGrid
              lines={coverageLines}
              details={model.coverageDetails}
              days={days}
              colStart={view.colStart}
              colEnd={view.colEnd}
              firstVisibleCol={view.firstVisibleCol}
              label={coverageLabel}
              rowOffset={0}
              revealColumn={revealColumn}
              rtl={isRtl(scrollRef.current)}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}

const DayHeader = memo(function DayHeader({
  day,
  col,
  t,
}: {
  day: DayLabel;
  col: number;
  t: TFunction;
}) {
  const extra = [
    day.today ? t('rota.grid.today') : null,
    day.holiday ? t('rota.grid.holiday', { name: day.holiday }) : null,
    day.weekend && !day.holiday ? t('rota.grid.weekend') : null,
  ].filter(Boolean);
  return (
    <div
      role="columnheader"
      aria-colindex={col + 2}
      className={[
        'rota-day',
        day.weekend ? 'rota-day--weekend' : '',
        day.holiday ? 'rota-day--holiday' : '',
        day.today ? 'rota-day--today' : '',
      ]
        .join(' ')
        .trim()}
      style={{ insetInlineStart: GRID.nameWidth + col * GRID.colWidth }}
      title={day.holiday ?? undefined}
    >
      <span aria-hidden="true" className="rota-day__weekday">
        {day.weekday}
        {day.holiday ? <span className="rota-day__holiday-icon"> ★</span> : null}
      </span>
      <span aria-hidden="true" className="rota-day__date">
        {day.dayOfMonth}
      </span>
      <span className="visually-hidden">
        {day.full}
        {extra.length > 0 ? `, ${extra.join(', ')}` : ''}
      </span>
    </div>
  );
});

interface RotaRowProps {
  employee: RotaEmployee;
  row: number;
  items: (CellItems | undefined)[] | undefined;
  days: readonly DayLabel[];
  colStart: number;
  colEnd: number;
  /** The column holding the grid's tab stop in this row, or -1. */
  tabCol: number;
  model: RotaModel;
  teamTimeZone: string;
  canOpen: boolean;
  leaveTypes: ReadonlyMap<string, LeaveTypeLook>;
  t: TFunction;
  language: string;
  words: CellWords;
}

/** Words every cell may need, translated once per language rather than once per cell. */
interface CellWords {
  noShift: string;
  nextDayMark: string;
}

const RotaRow = memo(function RotaRow({
  employee,
  row,
  items,
  days,
  colStart,
  colEnd,
  tabCol,
  model,
  teamTimeZone,
  canOpen,
  leaveTypes,
  t,
  language,
  words,
}: RotaRowProps) {
  const cells = [];
  for (let col = colStart; col < colEnd; col += 1) {
    const day = days[col];
    if (!day) continue;
    cells.push(
      <RotaCell
        key={day.date}
        row={row}
        col={col}
        day={day}
        items={items?.[col]}
        tabbable={col === tabCol}
        model={model}
        canOpen={canOpen}
        leaveTypes={leaveTypes}
        t={t}
        language={language}
        words={words}
      />,
    );
  }
  const remote = employee.homeTimeZone !== teamTimeZone;
  const skillCodes = employee.skills
    .map((skill) => (skill.backup ? `${skill.code}*` : skill.code))
    .join(' · ');
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={`rota-row${employee.active ? '' : ' rota-row--inactive'}`}
      style={{ insetBlockStart: row * GRID.rowHeight }}
    >
      <div role="rowheader" aria-colindex={1} className="rota-person" title={employee.name}>
        <span className="rota-person__name">{employee.name}</span>
        <span className="rota-person__meta">
          {remote ? (
            <span
              className="rota-person__zone"
              title={t('rota.grid.worksFrom', {
                timeZone: formatTimeZoneName(employee.homeTimeZone),
              })}
            >
              <GlobeIcon className="rota-person__zone-icon" />
              <span className="visually-hidden">
                {t('rota.grid.worksFrom', {
                  timeZone: formatTimeZoneName(employee.homeTimeZone),
                })}
              </span>
            </span>
          ) : null}
          {employee.active ? null : <span>{t('rota.grid.inactive')}</span>}
          <span className="rota-person__skills">{skillCodes}</span>
        </span>
      </div>
      {cells}
    </div>
  );
});

interface RotaCellProps {
  row: number;
  col: number;
  day: DayLabel;
  items: CellItems | undefined;
  tabbable: boolean;
  model: RotaModel;
  canOpen: boolean;
  leaveTypes: ReadonlyMap<string, LeaveTypeLook>;
  t: TFunction;
  language: string;
  words: CellWords;
}

/**
 * One person's day. Its accessible name says everything in words (type, times, cover, source,
 * cancellation); the chips inside show the same briefly, so they stay a handful of elements.
 */
const RotaCell = memo(function RotaCell({
  row,
  col,
  day,
  items,
  tabbable,
  model,
  canOpen,
  leaveTypes,
  t,
  language,
  words,
}: RotaCellProps) {
  const all = items ? [...items.shifts, ...items.cancelled] : [];
  const leave = items?.leave ?? [];
  const compact = all.length > 1 || (leave.length > 0 && all.length > 0);
  const shown = all.slice(0, all.length > 1 ? (leave.length > 0 ? 1 : 2) : 1);
  const texts = all.map((item) => describeItem(item, model, t, language));
  const leaveTexts = leave.map((entry) => describeLeave(entry, leaveTypes, t, language));
  const spoken = [...leaveTexts.map((text) => text.label), ...texts.map((text) => text.label)];
  const label = spoken.length === 0 ? words.noShift : spoken.join('; ');
  return (
    <div
      role="gridcell"
      aria-colindex={col + 2}
      aria-label={label}
      data-row={row}
      data-col={col}
      tabIndex={tabbable ? 0 : -1}
      aria-haspopup={canOpen ? 'dialog' : undefined}
      className={[
        'rota-cell',
        day.weekend ? 'rota-cell--weekend' : '',
        day.holiday ? 'rota-cell--holiday' : '',
        day.today ? 'rota-cell--today' : '',
        all.length === 0 && leave.length === 0 ? 'rota-cell--empty' : '',
        leave.length > 0 ? 'rota-cell--leave' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ insetInlineStart: GRID.nameWidth + col * GRID.colWidth }}
    >
      {leave.slice(0, 1).map((entry, index) => (
        <LeaveBand key={entry.id} leave={entry} text={leaveTexts[index]!} />
      ))}
      {shown.map((item, index) => (
        <ShiftChip
          key={item.key}
          itemKey={item.key}
          text={texts[index]!}
          compact={compact}
          nextDayMark={words.nextDayMark}
        />
      ))}
      {all.length > shown.length ? (
        <span className="rota-cell__more">
          {t('rota.shift.more', { count: all.length - shown.length })}
        </span>
      ) : null}
    </div>
  );
});
