import { daysBetween } from './local-date.js';
import { singleLine } from './text.js';
import { type FeedAbsence, type FeedShift } from './types.js';
import { wallTime, type WallTime } from './zone.js';

const HOUR = 3_600_000;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * "Anna Kowalska" → "Anna K.": the first given name and the initial of the last word of the
 * family name ("Jan van der Berg" → "Jan B."). The initial is a whole grapheme, so "Żaneta
 * Ólafsdóttir" keeps its accents whether composed or not. One-word names stay whole.
 */
export function abbreviateName(name: string): string {
  const words = singleLine(name)
    .split(' ')
    .filter((word) => word.length > 0);
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined || words.length === 1) return first ?? '';
  const initial = graphemes.segment(last)[Symbol.iterator]().next().value?.segment ?? '';
  return `${first} ${initial}.`;
}

type SummaryShift = Pick<
  FeedShift,
  'start' | 'end' | 'zone' | 'shiftName' | 'shiftCode' | 'employeeName' | 'coverFor' | 'status'
>;

/**
 * "Late 14:00–22:00 — covering for Anna K. (vacation)", times local in the shift's zone; team
 * rota feeds prefix the employee ("Jan Nowak: Late 14:00–22:00"). A night shift reads
 * "22:00–06:00"; a shift that runs past the next day's start time says so: "(+1d)".
 */
export function shiftSummary(shift: SummaryShift): string {
  return composeShiftSummary(
    shift,
    wallTime(shift.zone, shift.start.getTime()),
    wallTime(shift.zone, shift.end.getTime()),
  );
}

/** The summary from wall times the caller already has (the feed writer computes them once). */
export function composeShiftSummary(shift: SummaryShift, start: WallTime, end: WallTime): string {
  const title = singleLine(shift.shiftName) || singleLine(shift.shiftCode) || 'Shift';
  let summary = `${title} ${clock(start)}–${clock(end)}`;
  const days = daysBetween(start, end);
  const lastsPastWrap = shift.end.getTime() - shift.start.getTime() >= 24 * HOUR;
  if (days > 0 && lastsPastWrap) summary += ` (+${days}d)`;

  const employee = shift.employeeName === undefined ? '' : singleLine(shift.employeeName);
  if (employee) summary = `${employee}: ${summary}`;

  if (shift.coverFor) {
    const absent = abbreviateName(shift.coverFor.name);
    const reason = shift.coverFor.reason === undefined ? '' : singleLine(shift.coverFor.reason);
    if (absent) summary += ` — covering for ${absent}${reason ? ` (${reason})` : ''}`;
  }
  return shift.status === 'cancelled' ? `Cancelled: ${summary}` : summary;
}

function clock(wall: WallTime): string {
  return `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
}

/** "Anna Kowalska: Vacation", "Jan Nowak: Away (morning)", or the label alone without a name. */
export function absenceSummary(
  absence: Pick<FeedAbsence, 'employeeName' | 'label' | 'halfDay' | 'status'>,
): string {
  const label = singleLine(absence.label) || 'Away';
  const name = singleLine(absence.employeeName);
  let summary = name ? `${name}: ${label}` : label;
  if (absence.halfDay) summary += absence.halfDay === 'am' ? ' (morning)' : ' (afternoon)';
  return absence.status === 'cancelled' ? `Cancelled: ${summary}` : summary;
}
