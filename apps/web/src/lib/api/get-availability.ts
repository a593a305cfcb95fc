import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { Availability } from '../api-types';

/**
 * A person's availability and shift preferences: their own (the availability view) or, read
 * only, a staff member's (setup).
 */
export function getAvailability(employeeId: string, signal?: AbortSignal): Promise<Availability> {
  return apiClient.get<Availability>(
    `/api/employees/${encodeURIComponent(employeeId)}/availability`,
    { signal },
  );
}

export const availabilityKeys = {
  all: ['availability'] as const,
  detail: (employeeId: string) => [...availabilityKeys.all, employeeId] as const,
};

export function availabilityQueryOptions(employeeId: string) {
  return queryOptions({
    queryKey: availabilityKeys.detail(employeeId),
    queryFn: ({ signal }) => getAvailability(employeeId, signal),
  });
}

export function useAvailability(employeeId: string | null | undefined) {
  return useQuery({ ...availabilityQueryOptions(employeeId ?? ''), enabled: Boolean(employeeId) });
}
