import type { ParseKeys } from 'i18next';

/** Route metadata read by the frames through `useMatches()`. */
export interface RouteHandle {
  titleKey: ParseKeys;
  /** The view uses the full window width. */
  wide?: boolean;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'titleKey' in value;
}
