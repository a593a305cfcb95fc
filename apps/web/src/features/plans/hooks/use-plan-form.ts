import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { type CreatePlanRequest, MAX_PLAN_DAYS, type PlanMode } from '../../../lib/api-types';
import { addDays, daysBetween, isLocalDate } from '../../../lib/local-date';

export const TIME_LIMIT = { min: 5, max: 300, default: 20 } as const;

/** Form values as typed (strings), keyed by the API's field names. */
export interface PlanFormValues {
  mode: PlanMode;
  from: string;
  to: string;
  timeLimitSeconds: string;
}

export type PlanFormField = keyof PlanFormValues;
export type PlanFormProblem = 'required' | 'order' | 'tooLong' | 'timeLimit';

/** Two weeks from today (inclusive), a repair run of 20 seconds. */
export function defaultPlanForm(today: string): PlanFormValues {
  return {
    mode: 'repair',
    from: today,
    to: addDays(today, 13),
    timeLimitSeconds: String(TIME_LIMIT.default),
  };
}

/** What the server would refuse, so that it is not asked. */
export function planFormProblems(
  values: PlanFormValues,
): Partial<Record<PlanFormField, PlanFormProblem>> {
  const problems: Partial<Record<PlanFormField, PlanFormProblem>> = {};
  if (!isLocalDate(values.from)) problems.from = 'required';
  if (!isLocalDate(values.to)) problems.to = 'required';
  else if (isLocalDate(values.from) && values.to < values.from) problems.to = 'order';
  else if (isLocalDate(values.from) && daysBetween(values.from, values.to) + 1 > MAX_PLAN_DAYS)
    problems.to = 'tooLong';
  const limit = Number(values.timeLimitSeconds);
  if (
    values.timeLimitSeconds.trim() === '' ||
    !Number.isInteger(limit) ||
    limit < TIME_LIMIT.min ||
    limit > TIME_LIMIT.max
  )
    problems.timeLimitSeconds = 'timeLimit';
  return problems;
}

export function toCreatePlanRequest(teamId: string, values: PlanFormValues): CreatePlanRequest {
  return {
    teamId,
    mode: values.mode,
    from: values.from,
    to: values.to,
    timeLimitSeconds: Number(values.timeLimitSeconds),
  };
}

/**
 * The run form's state: values, which fields were changed, whether a start was attempted (then
 * every problem shows), and the server's reasons per field from the last refusal.
 */
export function usePlanForm(today: string) {
  const [values, setValues] = useState(() => defaultPlanForm(today));
  const [touched, setTouched] = useState<Partial<Record<PlanFormField, boolean>>>({});
  const [attempted, setAttempted] = useState(false);
  const problems = planFormProblems(values);

  const change = <K extends PlanFormField>(field: K, value: PlanFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => ({ ...current, [field]: true }));
  };

  const shownProblem = (field: PlanFormField): PlanFormProblem | undefined =>
    attempted || touched[field] ? problems[field] : undefined;

  return {
    values,
    change,
    problems,
    shownProblem,
    valid: Object.keys(problems).length === 0,
    attempt: () => setAttempted(true),
  };
}

/** The server's reasons for one field of a refused start. */
export function serverReasons(error: unknown, field: string): string[] {
  return isApiError(error) ? error.reasonsFor(field) : [];
}
