import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { calendarFeedsKeys } from './get-calendar-feeds';

/** Ends the subscription: its address answers nothing from now on. */
export function revokeCalendarFeed(id: string): Promise<void> {
  return apiClient.delete<void>(`/api/calendar-feeds/${encodeURIComponent(id)}`);
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsKeys.all }),
  });
}
