import { DomainError } from '@planner/domain';

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  driverError?: { code?: string; constraint?: string; column?: string };
}

function pg(error: unknown): { code?: string; constraint?: string; column?: string } {
  const e = error as PgError;
  return e?.driverError ?? e ?? {};
}

/**
 * Turns a unique or foreign-key violation into a validation error naming the field; the
 * database, not a prior read, decides (two requests can race past any read).
 */
export function translateDbError(error: unknown, fields: Record<string, string>): never {
  const { code, constraint, column } = pg(error);
  if (code === '23502' && column) {
    // A required value sent as null: validation should have caught it; name the field anyway.
    const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    throw DomainError.validation([{ field, reason: 'must not be null' }]);
  }
  const field = constraint ? fields[constraint] : undefined;
  if (code === '23505' && field) {
    throw new DomainError('DUPLICATE', `${field} is already taken.`, {
      errors: [{ field, reason: 'is already taken' }],
    });
  }
  if (code === '23503' && field) {
    throw DomainError.validation([{ field, reason: 'refers to something that does not exist' }]);
  }
  if (code === '23503') {
    throw new DomainError('IN_USE', 'It is still referenced by other records.');
  }
  throw error;
}
