import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { LeaveType } from '../api-types';

/** The organisation's leave types (vacation, sick, childcare …); read by leave, rota and cover. */
export function getLeaveTypes(signal?: AbortSignal): Promise<{ items: LeaveType[] }> {
  return apiClient.get<{ items: LeaveType[] }>('/api/leave-types', { signal });
}

export const leaveTypesKeys = {
  all: ['leave-types'] as const,
};

export function leaveTypesQueryOptions() {
  return queryOptions({
    queryKey: leaveTypesKeys.all,
    queryFn: ({ signal }) => getLeaveTypes(signal),
    // Admins change the catalogue rarely.
    staleTime: 5 * 60_000,
  });
}

export function useLeaveTypes(options: { enabled?: boolean } = {}) {
  return useQuery({ ...leaveTypesQueryOptions(), enabled: options.enabled ?? true });
}

/** The type's name, or null when it is unknown or hidden from the viewer. */
export function leaveTypeName(
  types: readonly LeaveType[] | undefined,
  leaveTypeId: string | null,
): string | null {
  if (!leaveTypeId) return null;
  return types?.find((type) => type.id === leaveTypeId)?.name ?? null;
}
