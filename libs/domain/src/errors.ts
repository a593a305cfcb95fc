export interface FieldError {
  field: string;
  reason: string;
}

export interface ErrorDetails {
  errors?: FieldError[];
  [key: string]: unknown;
}

/**
 * Stable codes thrown by the domain library. The API maps each to an HTTP status:
 * VALIDATION_FAILED, INVALID_RECURRENCE and INVALID_WINDOW are bad input (400/422);
 * TOO_MANY_OCCURRENCES means the request asks for more than the bounded expansion allows.
 */
export type DomainErrorCode =
  'VALIDATION_FAILED' | 'INVALID_RECURRENCE' | 'INVALID_WINDOW' | 'TOO_MANY_OCCURRENCES';

/**
 * A failure the user can act on, with a stable code that clients may rely on
 * (`VALIDATION_FAILED`, `NOT_FOUND`, `LEAVE_OVERLAP`, …). The API maps codes to HTTP statuses.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(errors: FieldError[], message?: string): DomainError {
    return DomainError.withFields('VALIDATION_FAILED', errors, message);
  }

  /** An error whose details name every offending field and why. */
  static withFields(code: string, errors: FieldError[], message?: string): DomainError {
    const summary = message ?? errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    return new DomainError(code, summary, { errors });
  }
}

/** Throws VALIDATION_FAILED when `errors` is not empty. */
export function assertNoFieldErrors(errors: FieldError[], code = 'VALIDATION_FAILED'): void {
  if (errors.length > 0) throw DomainError.withFields(code, errors);
}
