import type { ApiError } from '../../../lib/api-client';
import type { CoverageLoss, LeaveRequest, PolicyViolation } from '../../../lib/api-types';

/**
 * Readers of the conflict details a 409 carries. The server's extension members are unknown
 * JSON to the client, so each is checked before use; a malformed one reads as absent.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function policyViolationsOf(error: ApiError): PolicyViolation[] {
  const list = error.extensions.violations;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (v): v is PolicyViolation =>
        isObject(v) && typeof v.rule === 'string' && typeof v.detail === 'string',
    )
    .map((v) => ({ ...v, dates: Array.isArray(v.dates) ? v.dates : [] }));
}

export function uncoveredOf(error: ApiError): CoverageLoss[] {
  const list = error.extensions.uncovered;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (g): g is CoverageLoss =>
      isObject(g) && typeof g.startLocal === 'string' && typeof g.endLocal === 'string',
  );
}

export function currentOf(error: ApiError): LeaveRequest | null {
  const current = error.extensions.current;
  return isObject(current) && typeof current.status === 'string'
    ? (current as unknown as LeaveRequest)
    : null;
}

export interface BalanceShortage {
  year: number;
  available: number;
  requested: number;
}

export function shortageOf(error: ApiError): BalanceShortage | null {
  const { year, available, requested } = error.extensions;
  if (typeof year !== 'number' || typeof available !== 'number' || typeof requested !== 'number')
    return null;
  return { year, available, requested };
}
