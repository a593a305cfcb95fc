/**
 * The weekly subset of RFC 5545 recurrence rules that the weekday pickers write and read:
 * `FREQ=WEEKLY;BYDAY=MO,TU,WE`. Other rules are kept as raw text.
 */

export const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** ISO weekdays (1 = Monday) → `FREQ=WEEKLY;BYDAY=…`, in week order; every day is `FREQ=DAILY`. */
export function weekdaysToRrule(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (days.length === 7) return 'FREQ=DAILY';
  return `FREQ=WEEKLY;BYDAY=${days.map((d) => RRULE_DAYS[d - 1]).join(',')}`;
}

/**
 * The ISO weekdays of a simple weekly (or daily) rule, or null when the rule says more than the
 * picker can show (intervals, counts, monthly rules): the raw field then stays the truth.
 */
export function rruleToWeekdays(rule: string): number[] | null {
  const parts = new Map<string, string>();
  for (const part of rule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    if (!part) continue;
    const [name, value] = part.split('=');
    if (!name || value === undefined) return null;
    parts.set(name.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  const known = [...parts.keys()].every((name) => name === 'FREQ' || name === 'BYDAY');
  if (!known) return null;
  if (freq === 'DAILY' && !parts.has('BYDAY')) return [1, 2, 3, 4, 5, 6, 7];
  if (freq !== 'WEEKLY' && freq !== 'DAILY') return null;
  const byDay = parts.get('BYDAY');
  if (!byDay) return null;
  const days: number[] = [];
  for (const code of byDay.split(',')) {
    const index = RRULE_DAYS.indexOf(code as (typeof RRULE_DAYS)[number]);
    if (index < 0) return null;
    days.push(index + 1);
  }
  return [...new Set(days)].sort((a, b) => a - b);
}
