import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import { MAX_PAGE_SIZE, type ShiftType } from '../api-types';

/** A team's shift types (early, late, night …); read by setup and by availability preferences. */
export function getShiftTypes(
  teamId: string,
  signal?: AbortSignal,
): Promise<{ items: ShiftType[] }> {
  return apiClient.get<{ items: ShiftType[] }>('/api/shift-types', {
    query: { teamId, limit: MAX_PAGE_SIZE },
    signal,
  });
}

export const shiftTypesKeys = {
  all: ['shift-types'] as const,
  list: (teamId: string) => [...shiftTypesKeys.all, teamId] as const,
};

export function shiftTypesQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: shiftTypesKeys.list(teamId),
    queryFn: ({ signal }) => getShiftTypes(teamId, signal),
  });
}

export function useShiftTypes(teamId: string | null | undefined) {
  return useQuery({ ...shiftTypesQueryOptions(teamId ?? ''), enabled: Boolean(teamId) });
}
