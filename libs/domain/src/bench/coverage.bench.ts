/**
 * Coverage benchmark: 500 employees, 92 days across Warsaw's spring change, 4 shift types,
 * 11 coverage rules (incl. a seasonal override and holiday handling), one 28-day rotation for
 * everyone and some leave. Times expansion (rotation, demand, leave) and coverage + gaps.
 *
 *   npx tsc -b libs/domain && node libs/domain/dist/bench/coverage.bench.js
 *
 * Every measured run forgets the memoised local→UTC conversions first, so the figures include
 * the time-zone work a cold API request would do.
 */
import {
  computeCoverage,
  type CoverageEmployee,
  type EmployeeLeave,
} from '../staffing/coverage.js';
import type { CoverageRuleDef } from '../staffing/coverage-rule.js';
import { expandDemand } from '../staffing/demand.js';
import { publicHolidays } from '../holidays/holidays.js';
import { leaveIntervals, type LeaveDates } from '../leave/leave.js';
import { expandRotation, type RotationDef } from '../rotation/rotation.js';
import type { ShiftTypeDef } from '../shift/shift-type.js';
import { addDays } from '../time/local-date.js';
import type { DateWindow } from '../time/window.js';
import { clearInstantMemo } from '../time/zoned.js';

const ZONE = 'Europe/Warsaw';
const WINDOW: DateWindow = { from: '2027-01-01', to: '2027-04-03' }; // 92 days
const EMPLOYEES = 500;
const WARM_UP = 3;
const RUNS = 15;

/** Deterministic PRNG (mulberry32) so every run benchmarks the same instance. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shiftTypes: ShiftTypeDef[] = [
  { id: 'early', code: 'E', startTime: '06:00', endTime: '14:00' },
  { id: 'day', code: 'D', startTime: '08:00', endTime: '16:00' },
  { id: 'late', code: 'L', startTime: '14:00', endTime: '22:00' },
  { id: 'night', code: 'N', startTime: '22:00', endTime: '06:00' },
];

function makeEmployees(next: () => number): CoverageEmployee[] {
  const channels = ['phone', 'chat', 'email'];
  const languages = ['pl', 'en', 'de'];
  return Array.from({ length: EMPLOYEES }, (_, i) => {
    const skills = new Set<string>([
      channels[i % 3] as string,
      languages[Math.floor(next() * 3)] as string,
    ]);
    if (next() < 0.4) skills.add(channels[Math.floor(next() * 3)] as string);
    if (next() < 0.3) skills.add('en');
    if (next() < 0.06) skills.add('coordinator');
    const backup = next() < 0.05 ? ['coordinator', 'de'].filter((s) => !skills.has(s)) : [];
    return {
      id: `emp-${String(i).padStart(3, '0')}`,
      skillIds: [...skills],
      backupSkillIds: backup,
    };
  });
}

function makeRotation(employees: CoverageEmployee[]): RotationDef {
  const block = (shift: string) => [shift, shift, shift, shift, shift, null, null];
  return {
    id: 'rot-main',
    teamId: 'support',
    zone: ZONE,
    anchorDate: '2026-12-28',
    pattern: [...block('early'), ...block('day'), ...block('late'), ...block('night')],
    members: employees.map((e, i) => ({
      employeeId: e.id,
      offsetDays: i % 28,
      from: '2026-12-01',
      to: null,
    })),
  };
}

const weekdays = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
function rule(id: string, over: Partial<CoverageRuleDef>): CoverageRuleDef {
  return {
    id,
    teamId: 'support',
    skillId: null,
    startTime: '00:00',
    endTime: '00:00',
    recurrence: 'FREQ=DAILY',
    minHeadcount: 1,
    idealHeadcount: 1,
    priority: 3,
    validFrom: null,
    validTo: null,
    holidays: 'applies',
    ...over,
  };
}

const rules: CoverageRuleDef[] = [
  rule('phone-24x7', { skillId: 'phone', minHeadcount: 8, idealHeadcount: 10, priority: 1 }),
  rule('phone-day', {
    skillId: 'phone',
    startTime: '08:00',
    endTime: '20:00',
    recurrence: weekdays,
    minHeadcount: 30,
    idealHeadcount: 40,
    priority: 1,
    holidays: 'excluded',
  }),
  rule('phone-peak', {
    skillId: 'phone',
    startTime: '07:00',
    endTime: '21:00',
    minHeadcount: 45,
    idealHeadcount: 55,
    priority: 1,
    validFrom: '2027-03-01',
    validTo: '2027-03-12',
    overrides: true,
    replacesRuleIds: ['phone-day'],
  }),
  rule('phone-holiday', {
    skillId: 'phone',
    startTime: '09:00',
    endTime: '17:00',
    minHeadcount: 5,
    idealHeadcount: 6,
    priority: 2,
    holidays: 'only',
  }),
  rule('chat', {
    skillId: 'chat',
    startTime: '07:00',
    endTime: '22:00',
    minHeadcount: 20,
    idealHeadcount: 25,
    priority: 2,
  }),
  rule('email', {
    skillId: 'email',
    startTime: '08:00',
    endTime: '16:00',
    recurrence: weekdays,
    minHeadcount: 10,
    idealHeadcount: 15,
    holidays: 'excluded',
  }),
  rule('pl', {
    skillId: 'pl',
    startTime: '06:00',
    endTime: '22:00',
    minHeadcount: 15,
    idealHeadcount: 20,
    priority: 2,
  }),
  rule('en', { skillId: 'en', minHeadcount: 10, idealHeadcount: 12, priority: 2 }),
  rule('de', {
    skillId: 'de',
    startTime: '08:00',
    endTime: '18:00',
    recurrence: weekdays,
    minHeadcount: 5,
    idealHeadcount: 8,
  }),
  rule('coordinator', {
    skillId: 'coordinator',
    startTime: '08:00',
    endTime: '20:00',
    minHeadcount: 2,
    idealHeadcount: 3,
    priority: 1,
  }),
  rule('night-staff', {
    startTime: '22:00',
    endTime: '06:00',
    minHeadcount: 20,
    idealHeadcount: 25,
    priority: 1,
  }),
];

function makeLeave(employees: CoverageEmployee[], next: () => number): Map<string, LeaveDates[]> {
  const leave = new Map<string, LeaveDates[]>();
  for (const e of employees) {
    if (next() > 0.3) continue;
    const from = addDays(WINDOW.from, Math.floor(next() * 85));
    const half = next() < 0.2 ? (next() < 0.5 ? 'am' : 'pm') : null;
    const days = half ? 1 : 1 + Math.floor(next() * 7);
    leave.set(e.id, [{ from, to: addDays(from, days), half }]);
  }
  return leave;
}

interface Timing {
  expansion: number;
  coverage: number;
  total: number;
  /** CPU time of this process (all threads, GC included): less sensitive to a busy machine. */
  cpu: number;
}

function runOnce(
  employees: CoverageEmployee[],
  rotation: RotationDef,
  holidays: string[],
  leaveDates: Map<string, LeaveDates[]>,
): { timing: Timing; result: ReturnType<typeof computeCoverage>; shifts: number } {
  clearInstantMemo();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The day before the window too, so that the eve's nights reach into its first morning.
  const shifts = expandRotation(rotation, shiftTypes, {
    from: addDays(WINDOW.from, -1),
    to: WINDOW.to,
  });
  const slots = expandDemand(rules, WINDOW, ZONE, holidays);
  const leave: EmployeeLeave[] = [...leaveDates].map(([employeeId, dates]) => ({
    employeeId,
    intervals: leaveIntervals(dates, ZONE),
  }));
  const t1 = performance.now();
  const result = computeCoverage({ slots, shifts, employees, leave });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {
    timing: {
      expansion: t1 - t0,
      coverage: t2 - t1,
      total: t2 - t0,
      cpu: (cpu.user + cpu.system) / 1000,
    },
    result,
    shifts: shifts.length,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function main(): void {
  const next = random(20270101);
  const employees = makeEmployees(next);
  const rotation = makeRotation(employees);
  const leaveDates = makeLeave(employees, next);
  const holidays = publicHolidays('PL', null, 2026, 2027).map((h) => h.date);

  const cold = runOnce(employees, rotation, holidays, leaveDates);
  for (let i = 1; i < WARM_UP; i++) runOnce(employees, rotation, holidays, leaveDates);
  const timings: Timing[] = [];
  for (let i = 0; i < RUNS; i++)
    timings.push(runOnce(employees, rotation, holidays, leaveDates).timing);

  const { result } = cold;
  console.log(
    `coverage bench: ${EMPLOYEES} employees, ${WINDOW.from}..${WINDOW.to} (92 days), ${shiftTypes.length} shift types, ` +
      `${rules.length} rules, ${cold.shifts} shifts, ${leaveDates.size} leaves, ${result.rows.length} coverage rows`,
  );
  console.log(
    `  result: ${result.summary.gaps} gaps (${Math.round(result.summary.gapMinutes / 60)} h), ` +
      `${result.summary.shortfalls} shortfalls`,
  );
  console.log(`  first (cold) run: ${cold.timing.total.toFixed(1)} ms`);
  for (const key of ['expansion', 'coverage', 'total', 'cpu'] as const) {
    const values = timings.map((t) => t[key]);
    console.log(
      `  ${key.padEnd(9)} median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms (${RUNS} runs)`,
    );
  }
}

main();
