import { buildUrl } from '../../../lib/api-client';
import {
  type PlanProgress,
  type PlanSummary,
  TERMINAL_PLAN_STATUSES,
} from '../../../lib/api-types';
import { getAccessToken } from '../../../lib/session';

export interface PlanEventHandlers {
  onProgress: (progress: PlanProgress) => void;
  onStatus: (summary: PlanSummary) => void;
  /** The stream broke (or could not be opened); the caller falls back to polling. */
  onError: () => void;
}

/**
 * `GET /api/plans/:id/events` as Server-Sent Events: `progress` with the best score so far and
 * `status` with the plan's summary; the server closes the stream after a terminal status.
 * EventSource cannot send headers, so the bearer token travels as `access_token`.
 */
export function planEventsUrl(id: string): string {
  return buildUrl(`/api/plans/${encodeURIComponent(id)}/events`, {
    access_token: getAccessToken(),
  });
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

/** Opens the stream; returns the function that closes it. */
export function subscribeToPlan(id: string, handlers: PlanEventHandlers): () => void {
  if (typeof EventSource === 'undefined') {
    handlers.onError();
    return () => undefined;
  }
  const source = new EventSource(planEventsUrl(id));
  let closed = false;
  const close = () => {
    closed = true;
    source.close();
  };
  source.addEventListener('progress', (event) => {
    const progress = parse<PlanProgress>(event);
    if (progress && typeof progress.elapsedMs === 'number') handlers.onProgress(progress);
  });
  source.addEventListener('status', (event) => {
    const summary = parse<PlanSummary>(event);
    if (!summary || typeof summary.status !== 'string') return;
    // The server ends the stream after a terminal status; that end is not a failure.
    if (TERMINAL_PLAN_STATUSES.includes(summary.status)) close();
    handlers.onStatus(summary);
  });
  // EventSource would reconnect on its own, but also after the server ended the stream on
  // purpose; polling is simpler to reason about, so any error hands over to it.
  source.addEventListener('error', () => {
    if (closed) return;
    close();
    handlers.onError();
  });
  return close;
}
