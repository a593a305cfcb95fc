import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CalendarFeedSecret, CreateCalendarFeedRequest } from '../../../lib/api-types';
import { calendarFeedsKeys } from './get-calendar-feeds';

/** A new subscription; the answer holds its secret address, which is never shown again. */
export function createCalendarFeed(body: CreateCalendarFeedRequest): Promise<CalendarFeedSecret> {
  return apiClient.post<CalendarFeedSecret>('/api/calendar-feeds', body);
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsKeys.all }),
  });
}
