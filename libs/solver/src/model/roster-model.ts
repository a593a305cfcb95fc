/**
 * The solver's own model: a day-based roster problem in the product's vocabulary.
 *
 * The API builds it from the database (shift types, employees and their contracts, demand
 * expanded from coverage rules, approved leave, preferences, pinned assignments and the
 * published rota for repair); the Curtois importer builds it from a benchmark file. Everything
 * is addressed by day index (0 … days − 1) and by string ids, so the model is plain JSON and
 * can be posted to a worker thread.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ShiftTypeSpec {
  id: string;
  /** Display name for explanations (e.g. "Early (phone)"); defaults to the id. */
  name?: string;
  /** Paid length in minutes (counts toward the contract's minute limits). */
  minutes: number;
  /**
   * Local start as minutes after midnight. Only needed for the rest and overlap rules;
   * without it those rules cannot see the shift and treat it as fine.
   */
  startMinute?: number;
  /** Shift types that may not be worked on the day after this one (e.g. no early after a night). */
  cannotBeFollowedBy?: string[];
  /** Skills an employee needs for this shift type (all of them). */
  requiredSkills?: string[];
}

/** Contract limits over the planning horizon. Missing fields mean "no limit". */
export interface ContractSpec {
  /** At most this many shifts of the given shift type. */
  maxShiftsPerType?: Record<string, number>;
  maxMinutes?: number;
  minMinutes?: number;
  maxConsecutiveWorkingDays?: number;
  minConsecutiveWorkingDays?: number;
  minConsecutiveDaysOff?: number;
  maxWorkingWeekends?: number;
  /** Minimum rest between the end of one shift and the start of the next (needs start times). */
  minRestMinutes?: number;
  /**
   * Limits on how many shifts fall in a set of cells (days × shift types): a contract's total
   * shifts per period, a maximum for a group of shift types, or a monthly cap on cover duties.
   */
  shiftLimits?: ShiftLimitSpec[];
}

/**
 * At most `max` shifts of `shiftTypes` (all when omitted) on `days` (all when omitted).
 * Hard when `weight` is omitted; otherwise soft, costing `weight` per shift above `max`.
 */
export interface ShiftLimitSpec {
  /** What the limit is, for explanations (e.g. "shifts per 4 weeks", "cover duties in December"). */
  name?: string;
  /** The name after the number one ("cover duty in December"); `name` when omitted. */
  nameOne?: string;
  shiftTypes?: string[];
  days?: number[];
  max: number;
  weight?: number;
}

export interface EmployeeSpec {
  id: string;
  /** Display name for explanations; defaults to the id. */
  name?: string;
  skills?: string[];
  contract: ContractSpec;
  /** Backup pool members are used only when the regular staff cannot cover. */
  backup?: boolean;
  /** Full-time equivalent used by the fair-share calculation (default 1). */
  fte?: number;
}

/**
 * Demand for one shift type on one day. Cost of x people on it:
 * `belowMinimum × max(0, minimum − x) + belowIdeal × max(0, ideal − x) + aboveMaximum × max(0, x − maximum)`.
 */
export interface DemandSpec {
  day: number;
  shiftType: string;
  minimum: number;
  /** Defaults to `minimum`. */
  ideal?: number;
  /** Defaults to `ideal`. */
  maximum?: number;
  /** Cost per missing person below the minimum (higher for higher-priority rules). */
  weightBelowMinimum: number;
  /** Cost per missing person between the minimum and the ideal headcount. */
  weightBelowIdeal?: number;
  /** Cost per person above the maximum. */
  weightAboveMaximum: number;
}

/** A day the employee must not work (approved leave, sickness, or declared unavailability). */
export interface LeaveSpec {
  employee: string;
  day: number;
  kind?: 'leave' | 'unavailable';
  /**
   * Minutes this day counts toward the contract's minimum (paid leave usually does), so that
   * approved leave never makes a contract unmeetable. Default 0 (the Curtois convention).
   */
  creditMinutes?: number;
  /**
   * When set, only these shift types are ruled out that day (unavailable for part of the day,
   * e.g. an evening class rules out the late shift); otherwise the whole day.
   */
  shiftTypes?: string[];
}

/**
 * A soft wish. `on`: wants to work `shiftType` that day (any shift when omitted);
 * `off`: does not want `shiftType` that day (the whole day off when omitted).
 */
export interface PreferenceSpec {
  employee: string;
  day: number;
  kind: 'on' | 'off';
  shiftType?: string;
  weight: number;
}

/** An assignment the solver must keep; `shiftType: null` pins a day off. */
export interface PinnedSpec {
  employee: string;
  day: number;
  shiftType: string | null;
}

export interface AssignmentSpec {
  employee: string;
  day: number;
  shiftType: string;
}

/** A duty category whose load should be spread fairly (nights, weekends, …). */
export interface FairnessSpec {
  name: string;
  /** Shift types that count (all when omitted). */
  shiftTypes?: string[];
  /** Count only shifts on weekend days. */
  weekendsOnly?: boolean;
  /** Count only shifts on these days (e.g. public holidays). */
  days?: number[];
  /** Cost per squared unit of deviation from the fair share. */
  weight: number;
  /** Load already carried per employee (from the fairness ledger), counted into the share. */
  history?: Record<string, number>;
}

export interface SoftWeights {
  /** Cost per employee-day that differs from the published roster. */
  stability: number;
  /** Cost per hand-over between substitutes while covering one absence. */
  continuity: number;
  /** Cost per shift worked by a backup-pool employee. */
  backup: number;
}

export interface RosterModel {
  /** Number of days in the horizon. */
  days: number;
  /** Weekday of day 0. */
  firstWeekday: IsoWeekday;
  /** Weekdays that form the weekend (default Saturday and Sunday). */
  weekendDays?: IsoWeekday[];
  shiftTypes: ShiftTypeSpec[];
  employees: EmployeeSpec[];
  demand: DemandSpec[];
  leave: LeaveSpec[];
  preferences: PreferenceSpec[];
  pinned: PinnedSpec[];
  /** The published roster when repairing; changes to it cost `weights.stability`. */
  published?: AssignmentSpec[];
  fairness?: FairnessSpec[];
  weights?: Partial<SoftWeights>;
}

export const DEFAULT_WEIGHTS: SoftWeights = { stability: 0, continuity: 0, backup: 0 };
