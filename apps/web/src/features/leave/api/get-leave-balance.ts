import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveBalance } from '../../../lib/api-types';

/** One person's leave ledger for a year: their own, or a manager's view of their staff. */
export function getLeaveBalance(
  employeeId: string,
  year: number,
  signal?: AbortSignal,
): Promise<LeaveBalance> {
  return apiClient.get<LeaveBalance>(
    `/api/employees/${encodeURIComponent(employeeId)}/leave-balance`,
    { query: { year }, signal },
  );
}

export const leaveBalanceKeys = {
  all: ['leave-balance'] as const,
  detail: (employeeId: string, year: number) =>
    [...leaveBalanceKeys.all, employeeId, year] as const,
};

export function leaveBalanceQueryOptions(employeeId: string, year: number) {
  return queryOptions({
    queryKey: leaveBalanceKeys.detail(employeeId, year),
    queryFn: ({ signal }) => getLeaveBalance(employeeId, year, signal),
  });
}

export function useLeaveBalance(employeeId: string | undefined, year: number) {
  return useQuery({
    ...leaveBalanceQueryOptions(employeeId ?? '', year),
    enabled: Boolean(employeeId),
  });
}
