import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { availabilityKeys } from '../../../lib/api/get-availability';
import type { Availability } from '../../../lib/api-types';

/** Replaces a person's availability and preferences as a whole (the body carries no ids). */
export function putAvailability(body: Availability): Promise<Availability> {
  return apiClient.put<Availability>(
    `/api/employees/${encodeURIComponent(body.employeeId)}/availability`,
    body,
  );
}

export function usePutAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putAvailability,
    onSuccess: (saved) => {
      queryClient.setQueryData(availabilityKeys.detail(saved.employeeId), saved);
      return queryClient.invalidateQueries({ queryKey: availabilityKeys.all });
    },
  });
}
