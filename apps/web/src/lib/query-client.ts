import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { type ApiError, isApiError } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    // The API client turns every failure into an ApiError (aborts aside, which react-query swallows).
    defaultError: ApiError;
  }
}

const MAX_RETRIES = 2;

/** A 4xx will not change by asking again; network failures and 5xx might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export const defaultQueryOptions: DefaultOptions = {
  queries: {
    staleTime: 30_000,
    gcTime: 5 * 60_000,
    retry: shouldRetry,
    refetchOnWindowFocus: true,
  },
  mutations: {
    // A write is retried by the person, who can see what happened, never silently.
    retry: false,
  },
};

export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { ...defaultQueryOptions.queries, ...overrides.queries },
      mutations: { ...defaultQueryOptions.mutations, ...overrides.mutations },
    },
  });
}
