import {
  addDays,
  daysBetween,
  eachDate,
  endsNextDay,
  expandDates,
  instantToLocal,
  isoWeekday,
  minutesOfDay,
  shiftEpochMs,
  type DateWindow,
  type Interval,
} from '@planner/domain';
import type {
  AssignmentSpec,
  DemandSpec,
  EmployeeSpec,
  FairnessSpec,
  IsoWeekday,
  LeaveSpec,
  PinnedSpec,
  PreferenceSpec,
  RosterModel,
  ShiftLimitSpec,
  ShiftTypeSpec,
} from '@planner/solver';
import { approvedLeave, planRota, type RotaShift } from '../rota/rota.builder.js';
import type { PlanShiftType, TeamPlanInputs } from '../rota/rota.repository.js';

/** What each employee told the planner and their contract, as the solver needs them. */
export interface PlanningPerson {
  employeeId: string;
  fte: number;
  weeklyMinutes: number;
  maxMinutesPerPeriod: number | null;
  minMinutesPerPeriod: number | null;
  periodDays: number;
  minRestHours: number;
  maxConsecutiveDays: number;
  /** Shortest run of working days once started (1 = no minimum). */
  minConsecutiveDays: number;
  /** Shortest run of days off (1 = no minimum). */
  minConsecutiveDaysOff: number;
  /** Most shifts of any type per period. */
  maxShiftsPerPeriod: number | null;
  /** Most shifts of one shift type per period. */
  maxShiftsPerType: { shiftTypeId: string; maxPerPeriod: number }[];
  maxWeekendsPer4Weeks: number;
  worksNights: boolean;
  /** The most cover duties a month the person would like (soft). */
  maxCoverDutiesPerMonth: number | null;
  unavailable: {
    startTime: string;
    endTime: string;
    recurrence: string;
    validFrom: string;
    validTo: string | null;
  }[];
  preferences: {
    wish: 'prefer' | 'avoid';
    weekday: number | null;
    date: string | null;
    shiftTypeId: string | null;
    weight: number;
  }[];
}

/** Fair-share history per category (load carried before the horizon), by employee id. */
export type DutyHistory = Partial<
  Record<'cover' | 'nights' | 'weekends' | 'holidays', Record<string, number>>
> & {
  /** Cover duties already worked in the month of the plan's first day. */
  coverThisMonth?: Record<string, number>;
};

export type PlanMode = 'build' | 'repair';

/** A solver shift type: one of the team's shift types worked for one duty (a skill, or any). */
export interface Duty {
  id: string;
  shiftType: PlanShiftType;
  skillId: string | null;
}

export interface RosterMapping {
  model: RosterModel;
  /** The roster the solver starts from: the published rota without shifts leave rules out. */
  initial: AssignmentSpec[];
  /** Roster date of each model day; days before `firstPlanDay` are fixed context. */
  dates: string[];
  firstPlanDay: number;
  duties: Map<string, Duty>;
  /** The published shift behind each initial or vacated cell, by `employee|day`. */
  shiftAt: Map<string, RotaShift>;
  /** Published shifts that leave or unavailability now rules out, by day: whom a substitute covers for. */
  vacated: { employeeId: string; day: number; duty: string }[];
  /** Public holidays of the window: date → name. */
  holidays: Map<string, string>;
}

/** Days before the plan's first day kept fixed in the model, so rest and runs see them. */
export const CONTEXT_DAYS = 7;

/** The solver weights a team may set (`PATCH /api/teams/:id {solverWeights}`); the rest are fixed. */
export const SOLVER_WEIGHT_KEYS = [
  'belowMinimum',
  'belowIdeal',
  'overStaffing',
  'stability',
  'continuity',
  'fairness',
  'coverFairness',
  'wishes',
  'nights',
  'unsocialHours',
  'backup',
] as const;
export type SolverWeightKey = (typeof SOLVER_WEIGHT_KEYS)[number];
export type TeamSolverWeights = Partial<Record<SolverWeightKey, number>>;

/**
 * The weights of a plan: the team's own where it set them, else these defaults. Minimum cover
 * dominates everything (per missing person, plus 40 % per priority step above the lowest);
 * stability makes repair minimal; repair restores the published headcount up to the ideal when
 * someone free can step in (worth more than one change) but does not move people for it, and
 * weighs fairness lightly so it does not reshuffle the rota — cover duties move only with what
 * a repair adds, so their fair share can weigh more.
 */
export function solverWeights(
  mode: PlanMode,
  team: TeamSolverWeights = {},
): Record<SolverWeightKey, number> {
  return {
    belowMinimum: 1000,
    belowIdeal: mode === 'build' ? 30 : 80,
    overStaffing: 4,
    stability: mode === 'build' ? 2 : 60,
    continuity: 20,
    fairness: mode === 'build' ? 3 : 1,
    coverFairness: 4,
    wishes: 8,
    nights: 60,
    unsocialHours: 10,
    backup: 40,
    ...team,
  };
}

/** Cost of each further cover duty once a person's monthly maximum is reached. */
const COVER_LIMIT_WEIGHT = 80;

const cellKey = (employeeId: string, day: number): string => `${employeeId}|${day}`;

/** Maximal runs of working days and of days off in a row of cells. */
function runsOf(row: readonly unknown[]): { start: number; length: number; working: boolean }[] {
  const runs: { start: number; length: number; working: boolean }[] = [];
  row.forEach((cell, day) => {
    const working = Boolean(cell);
    const last = runs[runs.length - 1];
    if (last && last.working === working) last.length++;
    else runs.push({ start: day, length: 1, working });
  });
  return runs;
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function lengthMinutes(t: Pick<PlanShiftType, 'startTime' | 'endTime'>): number {
  const start = minutesOfDay(t.startTime);
  const end = minutesOfDay(t.endTime);
  return end > start ? end - start : end + 1440 - start;
}

function overlaps(a: Interval, start: number, end: number): boolean {
  return a.start.getTime() < end && start < a.end.getTime();
}

/**
 * Maps a team's stored plan onto the solver's model for roster dates [from, to].
 *
 * Shift types × duties: coverage rules ask for people with a skill over a time window, while the
 * solver fills shifts, so every elementary interval of a day (cut at rule and shift boundaries)
 * is assigned to the shift type that covers it — the one the published rota staffs most with
 * that skill, else the one overlapping the rule's occurrence most — and a shift type's demand for
 * a skill is the largest requirement among its intervals. A person on a shift works one duty.
 *
 * Repair keeps the published rota: a cell costs `stability` to change, demand is capped at what
 * the published rota staffed (the gaps leave opened are filled, nothing is added on top), and a
 * contract limit the published rota already exceeds is taken at its published level, so the
 * solver never undoes a manager's rotation to meet it. Build starts from the rotations too but
 * asks for every rule's full demand and changes cheaply.
 */
export function buildRosterMapping(
  inputs: TeamPlanInputs,
  people: readonly PlanningPerson[],
  window: { from: string; to: string },
  mode: PlanMode,
  history: DutyHistory = {},
): RosterMapping {
  const zone = inputs.team.timeZone;
  const W = solverWeights(mode, inputs.team.solverWeights);
  const modelFrom = addDays(window.from, -CONTEXT_DAYS);
  const modelTo = addDays(window.to, 1); // exclusive
  const dates = eachDate(modelFrom, modelTo);
  const D = dates.length;
  const dayOf = new Map(dates.map((d, i) => [d, i]));
  const planWindow: DateWindow = { from: window.from, to: modelTo };
  const plan = planRota(inputs, { from: modelFrom, to: modelTo });
  const planDemand = planRota(inputs, planWindow);
  const byPerson = new Map(people.map((p) => [p.employeeId, p]));
  const employees = inputs.employees.filter((e) => e.active && byPerson.has(e.id));
  const listed = new Set(employees.map((e) => e.id));
  const types = inputs.shiftTypes;
  const typeById = new Map(types.map((t) => [t.id, t]));

  // --- shift instants per day and type (epoch ms), from the day before for nights ---
  const instants = new Map<string, { start: number; end: number }>();
  const instantOf = (typeId: string, date: string): { start: number; end: number } => {
    const key = `${typeId}|${date}`;
    let v = instants.get(key);
    if (!v) {
      const t = typeById.get(typeId)!;
      v = shiftEpochMs(date, t.startTime, t.endTime, zone);
      instants.set(key, v);
    }
    return v;
  };

  // --- published cells (the rota as it stands), first shift of a person's day ---
  const published = new Map<string, RotaShift>();
  for (const s of plan.shifts) {
    const d = dayOf.get(s.date);
    if (d === undefined || !listed.has(s.employeeId) || !typeById.has(s.shiftTypeId)) continue;
    const key = cellKey(s.employeeId, d);
    if (!published.has(key)) published.set(key, s);
  }

  // --- what each person cannot work: leave and unavailability, per day and shift type ---
  const leaveIntervals = new Map(
    approvedLeave({ leave: inputs.leave, employees: inputs.employees }).map((l) => [
      l.employeeId,
      l.intervals,
    ]),
  );
  const unavailableIntervals = new Map<string, Interval[]>();
  for (const p of people) {
    const emp = employees.find((e) => e.id === p.employeeId);
    if (!emp || p.unavailable.length === 0) continue;
    const list: Interval[] = [];
    for (const u of p.unavailable) {
      const from = u.validFrom > addDays(modelFrom, -1) ? u.validFrom : addDays(modelFrom, -1);
      const to = u.validTo && u.validTo < window.to ? addDays(u.validTo, 1) : addDays(modelTo, 1);
      if (from >= to) continue;
      for (const date of expandDates(u.recurrence, u.validFrom, from, to, emp.homeTimeZone)) {
        const { start, end } = shiftEpochMs(date, u.startTime, u.endTime, emp.homeTimeZone);
        list.push({ start: new Date(start), end: new Date(end) });
      }
    }
    unavailableIntervals.set(p.employeeId, list);
  }
  /** 'leave' / 'unavailable' when the shift type on that date is ruled out for the person. */
  const blockedBy = (employeeId: string, typeId: string, date: string): string | null => {
    const { start, end } = instantOf(typeId, date);
    if (leaveIntervals.get(employeeId)?.some((i) => overlaps(i, start, end))) return 'leave';
    if (unavailableIntervals.get(employeeId)?.some((i) => overlaps(i, start, end))) {
      return 'unavailable';
    }
    return null;
  };

  // --- duties: which shift type answers each requirement ---
  const demandByDuty = new Map<string, { min: number; ideal: number; priority: number }>();
  const dutyKey = (typeId: string, skillId: string | null, day: number): string =>
    `${typeId}|${skillId ?? '*'}|${day}`;
  const skillsOf = new Map(
    employees.map((e) => [e.id, new Set(e.skills.filter((s) => !s.backup).map((s) => s.id))]),
  );
  const backupSkillsOf = new Map(
    employees.map((e) => [e.id, new Set(e.skills.filter((s) => s.backup).map((s) => s.id))]),
  );
  for (const slot of planDemand.slots) {
    const slotStart = slot.start.getTime();
    const slotEnd = slot.end.getTime();
    for (const req of slot.requirements) {
      if (req.min <= 0 && req.ideal <= 0) continue;
      // Cut the slot at the boundaries of shifts that touch it.
      const cuts = new Set<number>([slotStart, slotEnd]);
      const covering: { typeId: string; date: string; start: number; end: number }[] = [];
      const firstDate = instantToLocal(slotStart, zone).date;
      for (const date of [addDays(firstDate, -1), firstDate, addDays(firstDate, 1)]) {
        for (const t of types) {
          const iv = instantOf(t.id, date);
          if (iv.start < slotEnd && slotStart < iv.end) {
            covering.push({ typeId: t.id, date, ...iv });
            if (iv.start > slotStart) cuts.add(iv.start);
            if (iv.end < slotEnd) cuts.add(iv.end);
          }
        }
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        const options = covering.filter(
          (c) =>
            c.start <= a && c.end >= b && dayOf.has(c.date) && dayOf.get(c.date)! >= CONTEXT_DAYS,
        );
        if (options.length === 0) continue;
        const staffedBy = (c: (typeof options)[number]): number => {
          const day = dayOf.get(c.date)!;
          let n = 0;
          for (const e of employees) {
            const s = published.get(cellKey(e.id, day));
            if (
              s?.shiftTypeId === c.typeId &&
              (!req.skillId || skillsOf.get(e.id)!.has(req.skillId))
            ) {
              n++;
            }
          }
          return n;
        };
        const overlap = (c: (typeof options)[number]): number =>
          Math.min(c.end, slotEnd) - Math.max(c.start, slotStart);
        let best = options[0]!;
        let bestScore = [staffedBy(best), overlap(best)] as const;
        for (const c of options.slice(1)) {
          const score = [staffedBy(c), overlap(c)] as const;
          if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
            best = c;
            bestScore = score;
          }
        }
        const key = dutyKey(best.typeId, req.skillId, dayOf.get(best.date)!);
        const prev = demandByDuty.get(key);
        demandByDuty.set(key, {
          min: Math.max(prev?.min ?? 0, req.min),
          ideal: Math.max(prev?.ideal ?? 0, req.ideal),
          priority: Math.min(prev?.priority ?? 5, req.priority),
        });
      }
    }
  }

  // Solver shift types: every team shift type for any duty, plus one per (type, skill) asked for.
  const duties = new Map<string, Duty>();
  const anyDuty = (t: PlanShiftType): string => `${t.id}|*`;
  for (const t of types) duties.set(anyDuty(t), { id: anyDuty(t), shiftType: t, skillId: null });
  for (const key of demandByDuty.keys()) {
    const [typeId, skill] = key.split('|') as [string, string];
    if (skill === '*') continue;
    const id = `${typeId}|${skill}`;
    if (!duties.has(id)) duties.set(id, { id, shiftType: typeById.get(typeId)!, skillId: skill });
  }
  const shiftTypes: ShiftTypeSpec[] = [...duties.values()].map((d) => ({
    id: d.id,
    minutes: lengthMinutes(d.shiftType),
    startMinute: minutesOfDay(d.shiftType.startTime),
    requiredSkills: [
      ...new Set([...d.shiftType.requiredSkillIds, ...(d.skillId ? [d.skillId] : [])]),
    ],
  }));
  const dutiesOfType = new Map<string, Duty[]>();
  for (const d of duties.values()) {
    const list = dutiesOfType.get(d.shiftType.id) ?? [];
    list.push(d);
    dutiesOfType.set(d.shiftType.id, list);
  }

  // --- the published rota as cells: each person's shift mapped to the duty they most likely do ---
  const initial: AssignmentSpec[] = [];
  const vacated: RosterMapping['vacated'] = [];
  const shiftAt = new Map<string, RotaShift>();
  const filled = new Map<string, number>();
  // Who does which duty: per day and shift type, people with the fewest duties they could do
  // choose first, each taking the duty furthest below its minimum — so a phone-and-chat agent
  // is left for the phone when chat-only colleagues already staff the chat.
  const dutyOptions = (shift: RotaShift, day: number): number => {
    const skills = skillsOf.get(shift.employeeId)!;
    return (dutiesOfType.get(shift.shiftTypeId) ?? []).filter(
      (d) =>
        (!d.skillId || skills.has(d.skillId)) &&
        demandByDuty.has(dutyKey(shift.shiftTypeId, d.skillId, day)),
    ).length;
  };
  const dayOfKey = (key: string): number => Number(key.slice(key.lastIndexOf('|') + 1));
  const sortedPublished = [...published.entries()]
    .map(([key, shift]) => ({ key, shift, day: dayOfKey(key) }))
    .map((x) => ({ ...x, options: dutyOptions(x.shift, x.day) }))
    .sort(
      (a, b) =>
        a.day - b.day ||
        (a.shift.shiftTypeId < b.shift.shiftTypeId
          ? -1
          : a.shift.shiftTypeId > b.shift.shiftTypeId
            ? 1
            : 0) ||
        a.options - b.options ||
        (a.key < b.key ? -1 : 1),
    )
    .map((x) => [x.key, x.shift] as const);
  for (const [key, shift] of sortedPublished) {
    const day = dayOfKey(key);
    const skills = skillsOf.get(shift.employeeId)!;
    let duty = anyDuty(typeById.get(shift.shiftTypeId)!);
    let bestNeed = -Infinity;
    for (const d of dutiesOfType.get(shift.shiftTypeId) ?? []) {
      if (d.skillId && !skills.has(d.skillId)) continue;
      const demand = demandByDuty.get(dutyKey(shift.shiftTypeId, d.skillId, day));
      if (!demand) continue;
      const need = demand.min - (filled.get(`${d.id}|${day}`) ?? 0) + (5 - demand.priority) / 10;
      if (need > bestNeed) {
        bestNeed = need;
        duty = d.id;
      }
    }
    filled.set(`${duty}|${day}`, (filled.get(`${duty}|${day}`) ?? 0) + 1);
    shiftAt.set(key, shift);
    if (day >= CONTEXT_DAYS && blockedBy(shift.employeeId, shift.shiftTypeId, shift.date)) {
      vacated.push({ employeeId: shift.employeeId, day, duty });
    } else {
      initial.push({ employee: shift.employeeId, day, shiftType: duty });
    }
  }
  const initialAt = new Map(initial.map((c) => [cellKey(c.employee, c.day), c.shiftType]));

  // --- forbidden sequences: every duty of a type bars every duty of the types it may not precede;
  // a pair the fixed context days already hold stays allowed (nothing can change it now) ---
  const typeOfDuty = (id: string): string => duties.get(id)!.shiftType.id;
  const pastPairs = new Set<string>();
  for (const e of employees) {
    for (let day = 0; day + 1 < CONTEXT_DAYS; day++) {
      const a = initialAt.get(cellKey(e.id, day));
      const b = initialAt.get(cellKey(e.id, day + 1));
      if (a && b) pastPairs.add(`${typeOfDuty(a)}>${typeOfDuty(b)}`);
    }
  }
  for (const spec of shiftTypes) {
    const type = typeById.get(typeOfDuty(spec.id))!;
    const next = type.cannotBeFollowedBy.filter((u) => !pastPairs.has(`${type.id}>${u}`));
    const barred = next.flatMap((u) => (dutiesOfType.get(u) ?? []).map((d) => d.id));
    if (barred.length > 0) spec.cannotBeFollowedBy = barred;
  }
  const publishedCount = new Map<string, number>();
  for (const c of [...initial, ...vacated.map((v) => ({ day: v.day, shiftType: v.duty }))]) {
    const k = `${c.shiftType}|${c.day}`;
    publishedCount.set(k, (publishedCount.get(k) ?? 0) + 1);
  }

  // Who the published rota has on each shift type and day, and whether leave took them away.
  const onType = new Map<string, { employeeId: string; vacated: boolean }[]>();
  const onTypeAdd = (employeeId: string, day: number, duty: string, isVacated: boolean) => {
    const k = `${typeOfDuty(duty)}|${day}`;
    const list = onType.get(k) ?? [];
    list.push({ employeeId, vacated: isVacated });
    onType.set(k, list);
  };
  const onDutyCount = new Map<string, number>();
  for (const c of initial) {
    onTypeAdd(c.employee, c.day, c.shiftType, false);
    const k = `${c.shiftType}|${c.day}`;
    onDutyCount.set(k, (onDutyCount.get(k) ?? 0) + 1);
  }
  for (const v of vacated) onTypeAdd(v.employeeId, v.day, v.duty, true);
  /**
   * Repair fills what leave opened, counted as the product counts coverage: everyone on the
   * shift with the skill, whatever duty the solver gave them. A multi-skilled person on leave
   * opens a gap in each of their skills; the solver is asked for that many more people on the
   * duty than it now has, never more than the rule wants.
   */
  const repairLimits = (
    typeId: string,
    skill: string,
    day: number,
    need: { min: number; ideal: number },
  ) => {
    const people = (onType.get(`${typeId}|${day}`) ?? []).filter(
      (p) => skill === '*' || skillsOf.get(p.employeeId)?.has(skill),
    );
    const before = people.length;
    const now = people.filter((p) => !p.vacated).length;
    const onDuty = onDutyCount.get(`${typeId}|${skill}|${day}`) ?? 0;
    const opened = (wanted: number) => Math.max(0, Math.min(wanted, before) - now);
    const minimum = Math.min(need.min, onDuty + opened(need.min));
    return { minimum, ideal: Math.max(minimum, Math.min(need.ideal, onDuty + opened(need.ideal))) };
  };

  // --- demand ---
  const demand: DemandSpec[] = [];
  for (const [key, need] of demandByDuty) {
    const [typeId, skill, dayText] = key.split('|') as [string, string, string];
    const day = Number(dayText);
    const duty = `${typeId}|${skill}`;
    const { minimum, ideal } =
      mode === 'repair'
        ? repairLimits(typeId, skill, day, need)
        : { minimum: need.min, ideal: Math.max(need.min, need.ideal) };
    if (ideal <= 0) continue;
    demand.push({
      day,
      shiftType: duty,
      minimum,
      ideal,
      maximum:
        mode === 'repair' ? Math.max(ideal, publishedCount.get(`${duty}|${day}`) ?? 0) : ideal,
      weightBelowMinimum: W.belowMinimum * (1 + 0.4 * (5 - need.priority)),
      weightBelowIdeal: W.belowIdeal,
      weightAboveMaximum: W.overStaffing,
    });
  }

  // --- leave and unavailability per day (whole day, or the shift types it rules out) ---
  const leave: LeaveSpec[] = [];
  const pinned: PinnedSpec[] = [];
  for (const e of employees) {
    const person = byPerson.get(e.id)!;
    for (let day = 0; day < D; day++) {
      if (day < CONTEXT_DAYS) {
        // Context before the plan: fixed as published.
        pinned.push({ employee: e.id, day, shiftType: initialAt.get(cellKey(e.id, day)) ?? null });
        continue;
      }
      const date = dates[day]!;
      const blockedTypes: string[] = [];
      let kind: 'leave' | 'unavailable' = 'unavailable';
      for (const t of types) {
        const why = blockedBy(e.id, t.id, date);
        if (!why) continue;
        if (why === 'leave') kind = 'leave';
        for (const d of dutiesOfType.get(t.id) ?? []) blockedTypes.push(d.id);
      }
      if (blockedTypes.length === 0) continue;
      if (blockedTypes.length === duties.size) {
        leave.push({
          employee: e.id,
          day,
          kind,
          creditMinutes: kind === 'leave' ? Math.round(person.weeklyMinutes / 5) : 0,
        });
      } else {
        leave.push({ employee: e.id, day, kind: 'unavailable', shiftTypes: blockedTypes });
      }
    }
  }

  // Pinned assignments stay as they are.
  for (const a of inputs.assignments) {
    const day = dayOf.get(a.date);
    if (!a.pinned || !listed.has(a.employeeId) || day === undefined || day < CONTEXT_DAYS) continue;
    const duty = initialAt.get(cellKey(a.employeeId, day));
    if (duty) pinned.push({ employee: a.employeeId, day, shiftType: duty });
  }

  // --- contracts over the horizon, never stricter than what is published ---
  const horizonDays = D - CONTEXT_DAYS;
  const dutySpec = new Map(shiftTypes.map((s) => [s.id, s]));
  const firstWeekday = isoWeekday(modelFrom) as IsoWeekday;
  const isWeekend = (day: number): boolean => {
    const wd = ((firstWeekday - 1 + day) % 7) + 1;
    return wd === 6 || wd === 7;
  };
  /**
   * A person's preferred most cover duties a month, per month the plan touches: the plan days on
   * which they were not published, less the covers they already worked that month (soft).
   */
  const coverCaps = (employeeId: string, cap: number): ShiftLimitSpec[] => {
    const months = new Map<string, number[]>();
    for (let day = CONTEXT_DAYS; day < D; day++) {
      if (initialAt.has(cellKey(employeeId, day))) continue;
      const month = dates[day]!.slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), day]);
    }
    return [...months].map(([month, days]) => {
      const done =
        month === window.from.slice(0, 7) ? (history.coverThisMonth?.[employeeId] ?? 0) : 0;
      const label = MONTH.format(new Date(`${month}-01T00:00:00Z`));
      return {
        name: `cover duties in ${label}`,
        nameOne: `cover duty in ${label}`,
        days,
        max: Math.max(0, cap - done),
        weight: COVER_LIMIT_WEIGHT,
      };
    });
  };
  // Leave minutes each person is credited with (whole days of leave).
  const creditedMinutes = new Map<string, number>();
  for (const l of leave) {
    if (l.shiftTypes || !l.creditMinutes) continue;
    creditedMinutes.set(l.employee, (creditedMinutes.get(l.employee) ?? 0) + l.creditMinutes);
  }
  const employeeSpecs: EmployeeSpec[] = employees.map((e) => {
    const p = byPerson.get(e.id)!;
    let minutes = 0;
    let longest = 0;
    const weekends = new Set<number>();
    const perType = new Map<string, number>();
    const row: (string | undefined)[] = [];
    for (let day = 0; day < D; day++) {
      const s = initialAt.get(cellKey(e.id, day));
      row.push(s);
      if (s) {
        minutes += dutySpec.get(s)!.minutes; // the solver counts the fixed context days too
        perType.set(typeOfDuty(s), (perType.get(typeOfDuty(s)) ?? 0) + 1);
        if (isWeekend(day)) weekends.add(Math.floor((day + firstWeekday - 1) / 7));
      }
    }
    const worked = row.filter(Boolean).length;
    const runs = runsOf(row);
    for (const r of runs) if (r.working) longest = Math.max(longest, r.length);
    // A minimum run is never stricter than the shortest run the rota (less leave) already has
    // between the model's edges (runs touching an edge go on beyond what the solver sees).
    const shortest = (working: boolean): number =>
      Math.min(
        ...runs
          .filter((r) => r.working === working && r.start > 0 && r.start + r.length < D)
          .map((r) => r.length),
      );
    // Limits apply to the model's days, context included (the solver sees all of them).
    const scale = (perPeriod: number): number => (perPeriod * D) / p.periodDays;
    const shiftLimits: ShiftLimitSpec[] = [];
    if (p.maxShiftsPerPeriod !== null) {
      shiftLimits.push({
        name: `shifts in ${D} days (${p.maxShiftsPerPeriod} per ${p.periodDays})`,
        nameOne: `shift in ${D} days (${p.maxShiftsPerPeriod} per ${p.periodDays})`,
        max: Math.max(Math.floor(scale(p.maxShiftsPerPeriod)), worked),
      });
    }
    for (const limit of p.maxShiftsPerType) {
      const type = typeById.get(limit.shiftTypeId);
      const ids = (dutiesOfType.get(limit.shiftTypeId) ?? []).map((d) => d.id);
      if (!type || ids.length === 0) continue;
      shiftLimits.push({
        name: `${type.name} shifts in ${D} days (${limit.maxPerPeriod} per ${p.periodDays})`,
        nameOne: `${type.name} shift in ${D} days (${limit.maxPerPeriod} per ${p.periodDays})`,
        shiftTypes: ids,
        max: Math.max(Math.floor(scale(limit.maxPerPeriod)), perType.get(type.id) ?? 0),
      });
    }
    if (mode === 'repair' && p.maxCoverDutiesPerMonth !== null) {
      shiftLimits.push(...coverCaps(e.id, p.maxCoverDutiesPerMonth));
    }
    const maxMinutes =
      p.maxMinutesPerPeriod === null
        ? undefined
        : Math.max(Math.floor(scale(p.maxMinutesPerPeriod)), minutes);
    // Repair may not take anyone below their minimum, but never asks for more than they have
    // now (the solver credits leave against the minimum, so the credit is added back here).
    const credited = creditedMinutes.get(e.id) ?? 0;
    const minMinutes =
      p.minMinutesPerPeriod === null
        ? undefined
        : Math.min(
            Math.floor(scale(p.minMinutesPerPeriod)),
            maxMinutes ?? Infinity,
            mode === 'repair' ? minutes + credited : Infinity,
          );
    const regular = skillsOf.get(e.id)!;
    const backupSkills = backupSkillsOf.get(e.id)!;
    return {
      id: e.id,
      name: e.name,
      skills: [...regular, ...(regular.size === 0 ? backupSkills : [])],
      backup: regular.size === 0 && backupSkills.size > 0,
      fte: p.fte,
      contract: {
        maxMinutes,
        minMinutes,
        maxConsecutiveWorkingDays: Math.max(p.maxConsecutiveDays, longest),
        ...(p.minConsecutiveDays > 1
          ? { minConsecutiveWorkingDays: Math.min(p.minConsecutiveDays, shortest(true)) }
          : {}),
        ...(p.minConsecutiveDaysOff > 1
          ? { minConsecutiveDaysOff: Math.min(p.minConsecutiveDaysOff, shortest(false)) }
          : {}),
        ...(shiftLimits.length > 0 ? { shiftLimits } : {}),
        maxWorkingWeekends: Math.max(Math.ceil((p.maxWeekendsPer4Weeks * D) / 28), weekends.size),
        minRestMinutes: Math.round(p.minRestHours * 60),
      },
    };
  });

  // --- wishes: preferences, nights, hours that suit the person's own zone ---
  const preferences: PreferenceSpec[] = [];
  const nightDuties = [...duties.values()]
    .filter((d) => endsNextDay(d.shiftType.startTime, d.shiftType.endTime))
    .map((d) => d.id);
  for (const e of employees) {
    const p = byPerson.get(e.id)!;
    for (let day = CONTEXT_DAYS; day < D; day++) {
      const date = dates[day]!;
      const weekday = isoWeekday(date);
      for (const w of p.preferences) {
        if (w.weekday !== null && w.weekday !== weekday) continue;
        if (w.date !== null && w.date !== date) continue;
        const weight = w.weight * W.wishes;
        const wanted = w.shiftTypeId ? (dutiesOfType.get(w.shiftTypeId) ?? []) : null;
        if (w.wish === 'avoid') {
          if (!wanted) preferences.push({ employee: e.id, day, kind: 'off', weight });
          else
            for (const d of wanted)
              preferences.push({ employee: e.id, day, kind: 'off', shiftType: d.id, weight });
        } else {
          const skills = skillsOf.get(e.id)!;
          const duty = wanted?.find((d) => !d.skillId || skills.has(d.skillId));
          if (wanted && !duty) continue;
          preferences.push({ employee: e.id, day, kind: 'on', shiftType: duty?.id, weight });
        }
      }
      if (!p.worksNights) {
        for (const id of nightDuties) {
          preferences.push({
            employee: e.id,
            day,
            kind: 'off',
            shiftType: id,
            weight: W.nights,
          });
        }
      }
      if (e.homeTimeZone !== zone) {
        for (const t of types) {
          const { start } = instantOf(t.id, date);
          const hour = Number(instantToLocal(start, e.homeTimeZone).time.slice(0, 2));
          if (hour >= 6 && hour < 21) continue;
          for (const d of dutiesOfType.get(t.id) ?? []) {
            preferences.push({
              employee: e.id,
              day,
              kind: 'off',
              shiftType: d.id,
              weight: W.unsocialHours,
            });
          }
        }
      }
    }
  }

  // --- fairness: nights, weekends and public holidays, with the ledger's history ---
  const planDays = Array.from({ length: horizonDays }, (_, i) => i + CONTEXT_DAYS);
  const holidayDays = planDays.filter((d) => planDemand.holidays.has(dates[d]!));
  const fairness: FairnessSpec[] = [
    {
      name: 'nights',
      shiftTypes: nightDuties,
      days: planDays,
      weight: W.fairness,
      history: history.nights,
    },
    {
      name: 'weekend shifts',
      weekendsOnly: true,
      days: planDays,
      weight: W.fairness,
      history: history.weekends,
    },
  ];
  if (holidayDays.length > 0) {
    fairness.push({
      name: 'public-holiday shifts',
      days: holidayDays,
      weight: W.fairness,
      history: history.holidays,
    });
  }
  if (nightDuties.length === 0) fairness.shift();
  if (mode === 'repair') {
    // Cover duties are the shifts a repair adds. Counting every shift of the plan's days, less
    // what each person was already published for, leaves each person's load at their cover
    // history plus the covers this plan gives them, and the fair share at the covers needed
    // plus everyone's history, split by FTE and availability.
    const cover: Record<string, number> = {};
    for (const e of employees) cover[e.id] = history.cover?.[e.id] ?? 0;
    for (const c of initial) if (c.day >= CONTEXT_DAYS) cover[c.employee]! -= 1;
    fairness.push({
      name: 'cover duties',
      days: planDays,
      weight: W.coverFairness,
      history: cover,
    });
  }

  const model: RosterModel = {
    days: D,
    firstWeekday,
    shiftTypes,
    employees: employeeSpecs,
    demand,
    leave,
    preferences,
    pinned,
    published: [
      ...initial,
      ...vacated.map((v) => ({ employee: v.employeeId, day: v.day, shiftType: v.duty })),
    ],
    fairness,
    weights: {
      stability: W.stability,
      continuity: W.continuity,
      backup: W.backup,
    },
  };
  return {
    model,
    initial,
    dates,
    firstPlanDay: CONTEXT_DAYS,
    duties,
    shiftAt,
    vacated,
    holidays: planDemand.holidays,
  };
}

/** Days between two roster dates, for callers that index the mapping's days. */
export function dayIndex(mapping: RosterMapping, date: string): number {
  return daysBetween(mapping.dates[0]!, date);
}

/** A change the solver proposes, in the product's terms. */
export interface CellChange {
  employeeId: string;
  day: number;
  date: string;
  duty: Duty;
  /** The published shift a removal takes away. */
  shift: RotaShift | null;
  /** Whose vacated shift an addition covers. */
  coverForEmployeeId: string | null;
}

/**
 * The solver's roster against the one it started from, in the plan's days: shifts added (each
 * matched to a shift that leave vacated that day, same shift type first, so the rota can say
 * whom it covers for) and published shifts removed. A duty change within one shift is no change.
 */
export function diffRoster(
  mapping: RosterMapping,
  solution: readonly AssignmentSpec[],
): { added: CellChange[]; removed: CellChange[] } {
  const typeOf = (duty: string): string => mapping.duties.get(duty)!.shiftType.id;
  const before = new Map(mapping.initial.map((c) => [cellKey(c.employee, c.day), c.shiftType]));
  const after = new Map(solution.map((c) => [cellKey(c.employee, c.day), c.shiftType]));
  const change = (key: string, duty: string, shift: RotaShift | null): CellChange => {
    const cut = key.lastIndexOf('|');
    const day = Number(key.slice(cut + 1));
    return {
      employeeId: key.slice(0, cut),
      day,
      date: mapping.dates[day]!,
      duty: mapping.duties.get(duty)!,
      shift,
      coverForEmployeeId: null,
    };
  };
  const added: CellChange[] = [];
  const removed: CellChange[] = [];
  for (const [key, duty] of after) {
    if (Number(key.slice(key.lastIndexOf('|') + 1)) < mapping.firstPlanDay) continue;
    const was = before.get(key);
    if (was && typeOf(was) === typeOf(duty)) continue;
    added.push(change(key, duty, null));
  }
  for (const [key, duty] of before) {
    if (Number(key.slice(key.lastIndexOf('|') + 1)) < mapping.firstPlanDay) continue;
    const now = after.get(key);
    if (now && typeOf(now) === typeOf(duty)) continue;
    removed.push(change(key, duty, mapping.shiftAt.get(key) ?? null));
  }
  // Whom each addition covers for: a vacated shift of the same day, same duty, then same type.
  const open = [...mapping.vacated];
  const take = (pred: (v: RosterMapping['vacated'][number]) => boolean): string | null => {
    const i = open.findIndex(pred);
    return i < 0 ? null : open.splice(i, 1)[0]!.employeeId;
  };
  const sorted = [...added].sort(
    (a, b) => a.day - b.day || a.employeeId.localeCompare(b.employeeId),
  );
  for (const a of sorted) {
    a.coverForEmployeeId =
      take((v) => v.day === a.day && v.duty === a.duty.id) ??
      take((v) => v.day === a.day && typeOf(v.duty) === a.duty.shiftType.id);
  }
  for (const a of sorted) {
    if (a.coverForEmployeeId === null) a.coverForEmployeeId = take((v) => v.day === a.day);
  }
  return { added: sorted, removed };
}
