/**
 * What the sign-in page is told when it is sent there: where to return afterwards and why the
 * person is there (so that a timed-out session is explained rather than silent).
 */

export const LOGIN_PATH = '/login';

export type LoginReason = 'expired' | 'signedOut';

export interface LoginLocationState {
  /** Path + search to return to after signing in. */
  from?: string;
  reason?: LoginReason;
}

export function readLoginState(state: unknown): LoginLocationState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, reason } = state as Record<string, unknown>;
  return {
    // Only same-app paths: never bounce to another origin from a crafted history entry.
    from:
      typeof from === 'string' &&
      from.startsWith('/') &&
      !from.startsWith('//') &&
      from !== LOGIN_PATH
        ? from
        : undefined,
    reason: reason === 'expired' || reason === 'signedOut' ? reason : undefined,
  };
}
