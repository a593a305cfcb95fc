import { useCallback, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import type { FieldError } from '../../../lib/api-types';

/** Client-side problems of a form, one sentence per field name (the API's field names). */
export type Problems = Partial<Record<string, string>>;

/**
 * The state every setup form shares: values that check themselves as they are typed (a field's
 * problem shows once it was changed, every problem after a first submit), and the server's field
 * errors shown under their fields until the field changes.
 */
export function useSetupForm<V extends object>(
  initial: V | (() => V),
  validate: (values: V) => Problems,
) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<readonly FieldError[]>([]);
  const problems = validate(values);
  const valid = Object.values(problems).every((problem) => !problem);

  const set = useCallback(<K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
    // A list's change also clears the reasons given for its items (`field[0].maxPerPeriod`).
    setServer((current) =>
      current.filter(
        (e) =>
          e.field !== field && !e.field.startsWith(`${field}.`) && !e.field.startsWith(`${field}[`),
      ),
    );
  }, []);

  /**
   * Marks a field as changed without setting a value: for the parts of a list value
   * (`contract.maxShiftsPerType[1].maxPerPeriod`), whose problems show once that part was edited.
   */
  const touch = useCallback((field: string) => {
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  }, []);

  /** Every server reason for a field and its parts (`field[2]`, `field.x`), for a group's errors. */
  const serverErrorsUnder = (field: string): string[] => [
    ...new Set(
      server
        .filter(
          (e) =>
            e.field === field || e.field.startsWith(`${field}[`) || e.field.startsWith(`${field}.`),
        )
        .map((e) => e.reason),
    ),
  ];

  /** The client's problem (once shown) and the server's reasons for one field. */
  const errorsFor = (...fields: string[]): string[] => {
    const out: string[] = [];
    for (const field of fields) {
      const problem = problems[field];
      if (problem && (attempted || touched.has(field))) out.push(problem);
      for (const e of server) if (e.field === field) out.push(e.reason);
    }
    return [...new Set(out)];
  };

  /** Runs `send` when the form is valid; otherwise shows every problem. */
  const submit = (send: () => void) => {
    setAttempted(true);
    if (valid) send();
  };

  const takeServerErrors = useCallback((error: unknown) => {
    setServer(isApiError(error) ? error.fieldErrors : []);
  }, []);

  return {
    values,
    setValues,
    set,
    touch,
    problems,
    valid,
    errorsFor,
    serverErrorsUnder,
    submit,
    takeServerErrors,
    attempted,
  };
}

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const COLOUR = /^#[0-9a-fA-F]{6}$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number within bounds, or null when the text is not one. */
export function wholeNumber(
  text: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | null {
  if (!/^-?\d+$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** A decimal number within bounds (dot or comma), or null. */
export function decimalNumber(text: string, min: number, max: number): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return value >= min && value <= max ? value : null;
}
