import { type FeedWindow } from './types.js';

export const DEFAULT_DAYS_BACK = 60;
export const DEFAULT_MONTHS_AHEAD = 12;
const DAY = 86_400_000;

/**
 * The feed's default range: `daysBack` days before `now` to `monthsAhead` calendar months
 * after it (UTC calendar; the 31st clamps to the month's last day). The API queries shifts and
 * leave that overlap it and passes it on as `FeedOptions.window`.
 */
export function feedWindow(
  now: Date,
  { daysBack = DEFAULT_DAYS_BACK, monthsAhead = DEFAULT_MONTHS_AHEAD } = {},
): FeedWindow {
  const ms = now.getTime();
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + monthsAhead;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(ms);
  end.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return { start: new Date(ms - daysBack * DAY), end };
}
