/**
 * Feed benchmarks (a script, not a test): `npx tsc -b libs/ical && node libs/ical/dist/bench/feed.bench.js`.
 *
 * 1. One employee's feed for a year (~250 shifts + leave) with buildCalendar — target ≤ 50 ms.
 * 2. A 300-person team over the default window (60 days back, 12 months ahead; 300 shifts each,
 *    90 000 events) streamed to a null sink — target ≤ 2 s — with the heap growth while
 *    streaming, next to buildCalendar of the same feed for comparison.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildCalendar, streamCalendar } from '../calendar.js';
import { type FeedAbsence, type FeedOptions, type FeedShift } from '../types.js';
import { feedWindow } from '../window.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const ZONE = 'Europe/Warsaw';
const NOW = new Date('2027-01-15T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHIFT_TYPES = [
  { name: 'Early', code: 'E', hour: 6 },
  { name: 'Late', code: 'L', hour: 14 },
  { name: 'Night', code: 'N', hour: 22 },
] as const;
const FIRST_NAMES = ['Anna', 'Jan', 'Małgorzata', 'Piotr', 'Zofia', 'Łukasz', 'Ewa', 'Tomasz'];
const LAST_NAMES = ['Kowalska', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski'];

// Input instants come from Intl directly (cached per wall time), not from the library's zone
// tables, so that the first timed call really starts cold.
const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  timeZoneName: 'longOffset',
});
const instants = new Map<number, number>();

function intlOffsetMs(instant: number): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

/** The instant of a local wall time in ZONE. */
function localInstant(dayStartUtc: number, hour: number): number {
  const wall = dayStartUtc + hour * HOUR;
  let instant = instants.get(wall);
  if (instant === undefined) {
    instant = wall - intlOffsetMs(wall - intlOffsetMs(wall));
    instants.set(wall, instant);
  }
  return instant;
}

function employeeName(e: number): string {
  return `${FIRST_NAMES[e % FIRST_NAMES.length]} ${LAST_NAMES[(e * 7) % LAST_NAMES.length]}`;
}

/** `count` shifts for employee `e` spread over the window, lazily. */
function* shiftsOf(
  e: number,
  count: number,
  from: Date,
  days: number,
  team: boolean,
): Generator<FeedShift> {
  const firstDay = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  for (let i = 0; i < count; i++) {
    const day = firstDay + Math.floor((i * days) / count) * DAY;
    const type = SHIFT_TYPES[(i + e) % SHIFT_TYPES.length] ?? SHIFT_TYPES[0];
    const start = localInstant(day, type.hour);
    const end = localInstant(day + (type.hour >= 16 ? DAY : 0), (type.hour + 8) % 24);
    yield {
      uid: `assignment-${e}-${i}-7c9e6679-7425-40de-944b-e07fc1f90ae7`,
      start: new Date(start),
      end: new Date(end),
      zone: ZONE,
      shiftName: type.name,
      shiftCode: type.code,
      ...(team ? { employeeName: employeeName(e) } : {}),
      ...(i % 10 === 0 ? { coverFor: { name: employeeName(e + 1), reason: 'vacation' } } : {}),
      sequence: i % 3,
    };
  }
}

function* teamShifts(
  people: number,
  perPerson: number,
  from: Date,
  days: number,
): Generator<FeedShift> {
  for (let e = 0; e < people; e++) yield* shiftsOf(e, perPerson, from, days, true);
}

function leaveOf(e: number, label: string): FeedAbsence[] {
  return [
    {
      uid: `leave-${e}-1`,
      employeeName: employeeName(e),
      startDate: '2027-03-22',
      endDate: '2027-04-02',
      label,
    },
    {
      uid: `leave-${e}-2`,
      employeeName: employeeName(e),
      startDate: '2027-07-12',
      endDate: '2027-07-30',
      label,
    },
    {
      uid: `leave-${e}-3`,
      employeeName: employeeName(e),
      startDate: '2027-10-29',
      endDate: '2027-10-29',
      halfDay: 'pm',
      label,
    },
    {
      uid: `leave-${e}-4`,
      employeeName: employeeName(e),
      startDate: '2027-12-23',
      endDate: '2028-01-02',
      label,
    },
  ];
}

function stats(samples: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

// --- 1. One employee, one year --------------------------------------------------------------
const yearWindow = {
  start: new Date('2027-01-01T00:00:00Z'),
  end: new Date('2028-01-01T00:00:00Z'),
};
const employeeOptions: FeedOptions = {
  name: `My schedule — ${employeeName(0)}`,
  zone: ZONE,
  window: yearWindow,
  dtstamp: NOW,
};
const employeeShifts = [...shiftsOf(0, 250, yearWindow.start, 365, false)];
const employeeLeave = leaveOf(0, 'Vacation').map((a) => ({ ...a, employeeName: '' }));

let t = performance.now();
const firstFeed = buildCalendar(employeeOptions, employeeShifts, employeeLeave);
const cold = performance.now() - t;
const employeeSamples: number[] = [];
for (let i = 0; i < 200; i++) {
  t = performance.now();
  buildCalendar(
    { ...employeeOptions, dtstamp: new Date(NOW.getTime() + i) },
    employeeShifts,
    employeeLeave,
  );
  employeeSamples.push(performance.now() - t);
}
const employee = stats(employeeSamples);
console.log('One employee, one year: 250 shifts + 4 leaves, buildCalendar');
console.log(
  `  size ${(firstFeed.length / 1024).toFixed(0)} KiB; first call (cold zone tables) ${ms(cold)}`,
);
console.log(
  `  warm, 200 runs: median ${ms(employee.median)}, p95 ${ms(employee.p95)}, max ${ms(employee.max)}` +
    `  → target ≤ 50 ms: ${employee.p95 <= 50 ? 'met' : 'MISSED'}`,
);

// --- 2. 300-person team, default window -------------------------------------------------------
const window = feedWindow(NOW);
const windowDays = Math.round((window.end.getTime() - window.start.getTime()) / DAY);
const PEOPLE = 300;
const PER_PERSON = 300;
const teamOptions: FeedOptions = {
  name: 'Team rota — Support PL',
  zone: ZONE,
  window,
  dtstamp: NOW,
  showAs: 'free',
};

async function streamOnce(
  people = PEOPLE,
): Promise<{ elapsed: number; bytes: number; chunks: number; peakHeap: number; peakRss: number }> {
  gc();
  const heapBase = process.memoryUsage().heapUsed;
  const rssBase = process.memoryUsage().rss;
  let peakHeap = 0;
  let peakRss = 0;
  let bytes = 0;
  let chunks = 0;
  const start = performance.now();
  for await (const chunk of streamCalendar(
    teamOptions,
    teamShifts(people, PER_PERSON, window.start, windowDays),
  )) {
    bytes += chunk.length; // the null sink
    if (++chunks % 16 === 0) {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed - heapBase);
      peakRss = Math.max(peakRss, usage.rss - rssBase);
    }
  }
  return { elapsed: performance.now() - start, bytes, chunks, peakHeap, peakRss };
}

const runs = [];
for (let i = 0; i < 7; i++) runs.push(await streamOnce());
const smaller = await streamOnce(PEOPLE / 3);
const team = stats(runs.map((r) => r.elapsed));
const last = runs.at(-1);
console.log(
  `\nTeam of ${PEOPLE}, ${PER_PERSON} shifts each (${PEOPLE * PER_PERSON} events), window ${windowDays} days, streamCalendar → null sink`,
);
console.log(`  size ${mb(last?.bytes ?? 0)} in ${last?.chunks} chunks`);
console.log(
  `  7 runs: median ${ms(team.median)}, p95 ${ms(team.p95)}, min ${ms(team.min)}` +
    `  → target ≤ 2 s: ${team.p95 <= 2000 ? 'met' : 'MISSED'}`,
);
console.log(
  `  peak growth while streaming: heap ${mb(Math.max(...runs.map((r) => r.peakHeap)))}, ` +
    `rss ${mb(Math.max(...runs.map((r) => r.peakRss)))} (inputs generated lazily); ` +
    `with ${PEOPLE / 3} people: heap ${mb(smaller.peakHeap)} — flat, not proportional to the feed`,
);

gc();
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
const whole = buildCalendar(teamOptions, teamShifts(PEOPLE, PER_PERSON, window.start, windowDays));
const buildElapsed = performance.now() - t;
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `  for comparison, buildCalendar of the same feed: ${ms(buildElapsed)}, ` +
    `heap held by the result ${mb(heapAfter - heapBefore)} (${mb(whole.length)} of text)`,
);
