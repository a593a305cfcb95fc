import { DomainError } from '@planner/domain';

interface PgError {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

function pg(error: unknown): { code?: string; constraint?: string } {
  const e = error as PgError;
  return e?.driverError ?? e ?? {};
}

/**
 * Turns a unique or foreign-key violation into a validation error naming the field; the
 * database, not a prior read, decides (two requests can race past any read).
 */
export function translateDbError(error: unknown, fields: Record<string, string>): never {
  const { code, constraint } = pg(error);
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
