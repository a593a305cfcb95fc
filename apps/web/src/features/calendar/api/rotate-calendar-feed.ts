import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CalendarFeedSecret } from '../../../lib/api-types';
import { calendarFeedsKeys } from './get-calendar-feeds';

/** A new secret address for the feed; the old one stops working at once. */
export function rotateCalendarFeed(id: string): Promise<CalendarFeedSecret> {
  return apiClient.post<CalendarFeedSecret>(`/api/calendar-feeds/${encodeURIComponent(id)}/rotate`);
}

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsKeys.all }),
  });
}
