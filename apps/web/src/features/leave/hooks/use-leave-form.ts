import { useCallback, useMemo, useState } from 'react';
import type { HalfDay, LeaveDraft } from '../../../lib/api-types';
import { daysBetween, isLocalDate } from '../../../lib/local-date';

/** The server refuses longer requests. */
export const MAX_LEAVE_DAYS = 366;

export interface LeaveFormValues {
  /** Whose absence (recording for a staff member only). */
  employeeId: string;
  leaveTypeId: string;
  startDate: string;
  /** Inclusive. */
  endDate: string;
  /** `''`: whole days. */
  halfDay: '' | HalfDay;
  reason: string;
  handoverNote: string;
  overrideReason: string;
}

export type LeaveFormField = keyof LeaveFormValues;

/** What is wrong with a value, as a message key under `leave.form.problems`. */
export type LeaveFormProblem =
  | 'employeeRequired'
  | 'typeRequired'
  | 'startRequired'
  | 'endRequired'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'tooLong'
  | 'halfDayOneDate';

export type LeaveFormProblems = Partial<Record<LeaveFormField, LeaveFormProblem>>;

export const EMPTY_LEAVE_FORM: LeaveFormValues = {
  employeeId: '',
  leaveTypeId: '',
  startDate: '',
  endDate: '',
  halfDay: '',
  reason: '',
  handoverNote: '',
  overrideReason: '',
};

/**
 * Checks a leave as it is typed. Missing values are problems too, but the form shows those only
 * after a submit; contradictions (an end before the start, a half day over several dates, more
 * than a year) show at once. Dates stay `YYYY-MM-DD` strings throughout: the browser's zone never
 * touches them.
 */
export function validateLeaveForm(
  values: LeaveFormValues,
  options: { needsEmployee: boolean },
): LeaveFormProblems {
  const problems: LeaveFormProblems = {};
  if (options.needsEmployee && !values.employeeId) problems.employeeId = 'employeeRequired';
  if (!values.leaveTypeId) problems.leaveTypeId = 'typeRequired';
  const startOk = isLocalDate(values.startDate);
  const endOk = isLocalDate(values.endDate);
  if (!values.startDate) problems.startDate = 'startRequired';
  else if (!startOk) problems.startDate = 'invalidDate';
  if (!values.endDate) problems.endDate = 'endRequired';
  else if (!endOk) problems.endDate = 'invalidDate';
  if (startOk && endOk) {
    const span = daysBetween(values.startDate, values.endDate);
    if (span < 0) problems.endDate = 'endBeforeStart';
    else if (span + 1 > MAX_LEAVE_DAYS) problems.endDate = 'tooLong';
    if (values.halfDay && span !== 0) problems.halfDay = 'halfDayOneDate';
  }
  return problems;
}

/** Problems worth showing before the person has tried to submit. */
export const LIVE_PROBLEMS: ReadonlySet<LeaveFormProblem> = new Set([
  'invalidDate',
  'endBeforeStart',
  'tooLong',
  'halfDayOneDate',
]);

/** The draft to preview and submit, or null while the form is incomplete or contradictory. */
export function toDraft(
  values: LeaveFormValues,
  problems: LeaveFormProblems,
  options: { needsEmployee: boolean },
): LeaveDraft | null {
  if (Object.keys(problems).length > 0) return null;
  return {
    ...(options.needsEmployee ? { employeeId: values.employeeId } : {}),
    leaveTypeId: values.leaveTypeId,
    startDate: values.startDate,
    endDate: values.endDate,
    halfDay: values.halfDay || null,
  };
}

export function useLeaveForm(initial: LeaveFormValues, options: { needsEmployee: boolean }) {
  const [values, setValues] = useState<LeaveFormValues>(initial);
  const [attempted, setAttempted] = useState(false);
  const { needsEmployee } = options;

  const update = useCallback((change: Partial<LeaveFormValues>) => {
    setValues((current) => {
      const next = { ...current, ...change };
      // Picking a first day fills an empty last day: most leave is a day or a run of days, and
      // the impact can then be shown at once.
      if (change.startDate && !current.endDate && isLocalDate(change.startDate))
        next.endDate = change.startDate;
      return next;
    });
  }, []);

  const problems = useMemo(
    () => validateLeaveForm(values, { needsEmployee }),
    [values, needsEmployee],
  );
  const draft = useMemo(
    () => toDraft(values, problems, { needsEmployee }),
    // The draft's identity changes only with its own fields (it keys the preview query), not
    // when the reason or the handover note is typed.
    [
      problems,
      needsEmployee,
      values.employeeId,
      values.leaveTypeId,
      values.startDate,
      values.endDate,
      values.halfDay,
    ],
  );

  /** The problem to show under a field now. */
  const visibleProblem = useCallback(
    (field: LeaveFormField): LeaveFormProblem | undefined => {
      const problem = problems[field];
      if (!problem) return undefined;
      return attempted || LIVE_PROBLEMS.has(problem) ? problem : undefined;
    },
    [problems, attempted],
  );

  const reset = useCallback((next: LeaveFormValues) => {
    setValues(next);
    setAttempted(false);
  }, []);

  return { values, update, problems, draft, attempted, setAttempted, visibleProblem, reset };
}
