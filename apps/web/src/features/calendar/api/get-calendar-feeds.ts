import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CalendarFeed } from '../../../lib/api-types';

/** The signed-in person's calendar subscriptions; never their secret addresses. */
export function getCalendarFeeds(signal?: AbortSignal): Promise<{ items: CalendarFeed[] }> {
  return apiClient.get<{ items: CalendarFeed[] }>('/api/calendar-feeds', { signal });
}

export const calendarFeedsKeys = {
  all: ['calendar-feeds'] as const,
};

export function calendarFeedsQueryOptions() {
  return queryOptions({
    queryKey: calendarFeedsKeys.all,
    queryFn: ({ signal }) => getCalendarFeeds(signal),
  });
}

export function useCalendarFeeds() {
  return useQuery(calendarFeedsQueryOptions());
}
