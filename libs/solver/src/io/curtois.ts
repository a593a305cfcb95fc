/**
 * The Curtois & Qu shift scheduling benchmark format (schedulingbenchmarks.org): parser, mapping
 * onto the roster model, and the roster CSV the benchmark commands write.
 *
 * Mapping: days off → leave; shift-on/off requests → preferences; cover → demand (minimum =
 * ideal = maximum = requirement, under/over weights); staff limits → contract rules; a maximum
 * of 0 shifts of a type means the person lacks the skill for it (this is how the format
 * expresses skills), so each shift type requires a skill named after itself.
 */
import type { RosterModel } from '../model/roster-model.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';

export class CurtoisParseError extends Error {
  constructor(
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'CurtoisParseError';
  }
}

export interface CurtoisShift {
  id: string;
  minutes: number;
  cannotFollow: string[];
}

export interface CurtoisStaff {
  id: string;
  maxShifts: Record<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
}

export interface CurtoisRequest {
  employee: string;
  day: number;
  shift: string;
  weight: number;
}

export interface CurtoisCover {
  day: number;
  shift: string;
  requirement: number;
  weightUnder: number;
  weightOver: number;
}

export interface CurtoisInstance {
  horizon: number;
  shifts: CurtoisShift[];
  staff: CurtoisStaff[];
  daysOff: Array<{ employee: string; days: number[] }>;
  shiftOnRequests: CurtoisRequest[];
  shiftOffRequests: CurtoisRequest[];
  cover: CurtoisCover[];
}

const SECTIONS = [
  'HORIZON',
  'SHIFTS',
  'STAFF',
  'DAYS_OFF',
  'SHIFT_ON_REQUESTS',
  'SHIFT_OFF_REQUESTS',
  'COVER',
] as const;
type Section = (typeof SECTIONS)[number];
const REQUIRED: readonly Section[] = ['HORIZON', 'SHIFTS', 'STAFF', 'COVER'];

interface Line {
  no: number;
  fields: string[];
}

/** Parses an instance file. Every error names the line and what is wrong with it. */
export function parseCurtois(text: string): CurtoisInstance {
  const bodies = new Map<Section, Line[]>();
  const headerLine = new Map<Section, number>();
  let current: Section | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const no = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('SECTION_')) {
      const name = line.slice('SECTION_'.length) as Section;
      if (!SECTIONS.includes(name)) throw new CurtoisParseError(no, `unknown section '${line}'`);
      if (bodies.has(name)) throw new CurtoisParseError(no, `section '${line}' appears twice`);
      bodies.set(name, []);
      headerLine.set(name, no);
      current = name;
      return;
    }
    if (current === null)
      throw new CurtoisParseError(no, `data before any SECTION_ header: '${line}'`);
    bodies.get(current)!.push({ no, fields: line.split(',').map((f) => f.trim()) });
  });
  for (const s of REQUIRED) {
    if (!bodies.has(s)) throw new CurtoisParseError(null, `missing section SECTION_${s}`);
  }
  const body = (s: Section): Line[] => bodies.get(s) ?? [];

  const int = (l: Line, index: number, what: string, min = 0): number => {
    const raw = l.fields[index];
    if (raw === undefined || raw === '') throw new CurtoisParseError(l.no, `${what} is missing`);
    if (!/^-?\d+$/.test(raw))
      throw new CurtoisParseError(l.no, `${what} '${raw}' is not a whole number`);
    const v = Number(raw);
    if (v < min) throw new CurtoisParseError(l.no, `${what} ${v} must be at least ${min}`);
    return v;
  };
  const arity = (l: Line, n: number, what: string): void => {
    if (l.fields.length !== n) {
      throw new CurtoisParseError(
        l.no,
        `a ${what} line has ${n} comma-separated fields, found ${l.fields.length}`,
      );
    }
  };

  const horizonLines = body('HORIZON');
  if (horizonLines.length !== 1) {
    throw new CurtoisParseError(
      headerLine.get('HORIZON')!,
      'SECTION_HORIZON must hold exactly one number',
    );
  }
  const horizon = int(horizonLines[0]!, 0, 'the horizon', 1);
  const dayField = (l: Line, index: number, what: string): number => {
    const d = int(l, index, what);
    if (d >= horizon)
      throw new CurtoisParseError(l.no, `day ${d} is out of range 0…${horizon - 1}`);
    return d;
  };

  const shifts: CurtoisShift[] = [];
  const shiftIds = new Set<string>();
  const shiftLine = new Map<string, number>();
  for (const l of body('SHIFTS')) {
    if (l.fields.length < 2 || l.fields.length > 3) {
      throw new CurtoisParseError(
        l.no,
        `a shift line is 'ShiftID,LengthMins,CannotFollow', found ${l.fields.length} fields`,
      );
    }
    const id = l.fields[0]!;
    if (id === '') throw new CurtoisParseError(l.no, 'the shift id is empty');
    if (shiftIds.has(id)) throw new CurtoisParseError(l.no, `shift id '${id}' is defined twice`);
    shiftIds.add(id);
    shiftLine.set(id, l.no);
    const cannotFollow = (l.fields[2] ?? '').split('|').filter((x) => x !== '');
    shifts.push({ id, minutes: int(l, 1, `the length of shift '${id}'`), cannotFollow });
  }
  if (shifts.length === 0)
    throw new CurtoisParseError(headerLine.get('SHIFTS')!, 'SECTION_SHIFTS lists no shift');
  for (const s of shifts) {
    for (const t of s.cannotFollow) {
      if (!shiftIds.has(t))
        throw new CurtoisParseError(
          shiftLine.get(s.id)!,
          `unknown shift id '${t}' in CannotFollow`,
        );
    }
  }
  const knownShift = (l: Line, id: string): string => {
    if (!shiftIds.has(id)) throw new CurtoisParseError(l.no, `unknown shift id '${id}'`);
    return id;
  };

  const staff: CurtoisStaff[] = [];
  const staffIds = new Set<string>();
  for (const l of body('STAFF')) {
    arity(l, 8, 'staff');
    const id = l.fields[0]!;
    if (id === '') throw new CurtoisParseError(l.no, 'the employee id is empty');
    if (staffIds.has(id)) throw new CurtoisParseError(l.no, `employee id '${id}' is defined twice`);
    staffIds.add(id);
    const maxShifts: Record<string, number> = {};
    for (const part of l.fields[1]!.split('|').filter((x) => x !== '')) {
      const [sid, max, ...rest] = part.split('=');
      if (sid === undefined || max === undefined || rest.length > 0) {
        throw new CurtoisParseError(l.no, `MaxShifts entry '${part}' is not ShiftID=max`);
      }
      knownShift(l, sid);
      if (!/^\d+$/.test(max))
        throw new CurtoisParseError(l.no, `MaxShifts for '${sid}' '${max}' is not a whole number`);
      maxShifts[sid] = Number(max);
    }
    const member: CurtoisStaff = {
      id,
      maxShifts,
      maxTotalMinutes: int(l, 2, 'MaxTotalMinutes'),
      minTotalMinutes: int(l, 3, 'MinTotalMinutes'),
      maxConsecutiveShifts: int(l, 4, 'MaxConsecutiveShifts'),
      minConsecutiveShifts: int(l, 5, 'MinConsecutiveShifts'),
      minConsecutiveDaysOff: int(l, 6, 'MinConsecutiveDaysOff'),
      maxWeekends: int(l, 7, 'MaxWeekends'),
    };
    if (member.minTotalMinutes > member.maxTotalMinutes) {
      throw new CurtoisParseError(
        l.no,
        `MinTotalMinutes ${member.minTotalMinutes} exceeds MaxTotalMinutes ${member.maxTotalMinutes}`,
      );
    }
    staff.push(member);
  }
  if (staff.length === 0)
    throw new CurtoisParseError(headerLine.get('STAFF')!, 'SECTION_STAFF lists nobody');
  const knownEmployee = (l: Line, id: string): string => {
    if (!staffIds.has(id)) throw new CurtoisParseError(l.no, `unknown employee id '${id}'`);
    return id;
  };

  const daysOff = body('DAYS_OFF').map((l) => {
    const employee = knownEmployee(l, l.fields[0]!);
    const days: number[] = [];
    for (let i = 1; i < l.fields.length; i++) {
      if (l.fields[i] === '') continue;
      days.push(dayField(l, i, 'the day off'));
    }
    return { employee, days };
  });

  const requests = (section: Section): CurtoisRequest[] =>
    body(section).map((l) => {
      arity(l, 4, 'request');
      return {
        employee: knownEmployee(l, l.fields[0]!),
        day: dayField(l, 1, 'the day'),
        shift: knownShift(l, l.fields[2]!),
        weight: int(l, 3, 'the weight'),
      };
    });

  const coverSeen = new Set<string>();
  const cover = body('COVER').map((l) => {
    arity(l, 5, 'cover');
    const c: CurtoisCover = {
      day: dayField(l, 0, 'the day'),
      shift: knownShift(l, l.fields[1]!),
      requirement: int(l, 2, 'the requirement'),
      weightUnder: int(l, 3, 'the under-staffing weight'),
      weightOver: int(l, 4, 'the over-staffing weight'),
    };
    const key = `${c.day}|${c.shift}`;
    if (coverSeen.has(key))
      throw new CurtoisParseError(l.no, `cover for day ${c.day} shift '${c.shift}' is given twice`);
    coverSeen.add(key);
    return c;
  });

  return {
    horizon,
    shifts,
    staff,
    daysOff,
    shiftOnRequests: requests('SHIFT_ON_REQUESTS'),
    shiftOffRequests: requests('SHIFT_OFF_REQUESTS'),
    cover,
  };
}

/**
 * A bigger instance of the same shape, for trying the solver on sizes the public files lack
 * (e.g. 150 people over a year): `k` copies of every employee (the copies' ids end in `x2` …
 * `xk`) with the same contract, days off and requests, and `k` times every cover requirement.
 * `k` copies of a roster of the original cost exactly `k` times as much, so `k` times the
 * original's best known objective is an upper bound on the bigger instance's optimum.
 */
export function scaleCurtois(instance: CurtoisInstance, k: number): CurtoisInstance {
  if (!Number.isInteger(k) || k < 1) throw new Error(`scale must be a whole number ≥ 1, got ${k}`);
  const ids = (id: string): string[] =>
    Array.from({ length: k }, (_, i) => (i === 0 ? id : `${id}x${i + 1}`));
  const copies = <T extends { employee: string }>(rows: T[]): T[] =>
    rows.flatMap((r) => ids(r.employee).map((employee) => ({ ...r, employee })));
  return {
    ...instance,
    staff: instance.staff.flatMap((p) => ids(p.id).map((id) => ({ ...p, id }))),
    daysOff: copies(instance.daysOff),
    shiftOnRequests: copies(instance.shiftOnRequests),
    shiftOffRequests: copies(instance.shiftOffRequests),
    cover: instance.cover.map((c) => ({ ...c, requirement: c.requirement * k })),
  };
}

/** Maps a benchmark instance onto the product's roster model. */
export function curtoisToModel(instance: CurtoisInstance): RosterModel {
  return {
    days: instance.horizon,
    firstWeekday: 1, // "All instances start on a Monday"
    shiftTypes: instance.shifts.map((s) => ({
      id: s.id,
      minutes: s.minutes,
      requiredSkills: [s.id],
      // The file lists, for each shift, the shifts that cannot follow it on the next day.
      cannotBeFollowedBy: s.cannotFollow,
    })),
    employees: instance.staff.map((p) => ({
      id: p.id,
      skills: instance.shifts.map((s) => s.id).filter((sid) => p.maxShifts[sid] !== 0),
      contract: {
        maxShiftsPerType: Object.fromEntries(
          Object.entries(p.maxShifts).filter(([, max]) => max > 0),
        ),
        maxMinutes: p.maxTotalMinutes,
        minMinutes: p.minTotalMinutes,
        maxConsecutiveWorkingDays: p.maxConsecutiveShifts,
        minConsecutiveWorkingDays: p.minConsecutiveShifts,
        minConsecutiveDaysOff: p.minConsecutiveDaysOff,
        maxWorkingWeekends: p.maxWeekends,
      },
    })),
    demand: instance.cover.map((c) => ({
      day: c.day,
      shiftType: c.shift,
      minimum: c.requirement,
      weightBelowMinimum: c.weightUnder,
      weightAboveMaximum: c.weightOver,
    })),
    leave: instance.daysOff.flatMap((o) => o.days.map((day) => ({ employee: o.employee, day }))),
    preferences: [
      ...instance.shiftOnRequests.map((r) => ({
        employee: r.employee,
        day: r.day,
        kind: 'on' as const,
        shiftType: r.shift,
        weight: r.weight,
      })),
      ...instance.shiftOffRequests.map((r) => ({
        employee: r.employee,
        day: r.day,
        kind: 'off' as const,
        shiftType: r.shift,
        weight: r.weight,
      })),
    ],
    pinned: [],
  };
}

/** The benchmark's roster CSV: one line per employee, `EmployeeID,cell,…`, empty cell = day off. */
export function writeRosterCsv(model: CompiledModel, roster: Roster): string {
  const lines: string[] = [];
  for (let e = 0; e < model.E; e++) {
    const cells: string[] = [model.employeeIds[e]!];
    for (let d = 0; d < model.D; d++) {
      const s = roster.cells[e * model.D + d]!;
      cells.push(s === OFF ? '' : model.shiftIds[s]!);
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
