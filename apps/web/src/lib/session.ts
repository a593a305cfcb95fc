/**
 * The signed-in session: the bearer token and when it expires, kept under one localStorage key so
 * that a reload keeps you signed in and signing out anywhere is one `removeItem`.
 */

export const SESSION_STORAGE_KEY = 'coverage-planner.session';

export interface Session {
  accessToken: string;
  /** ISO instant. */
  expiresAt: string;
}

// Storage can be unavailable (privacy modes, blocked cookies); the session then lives for the tab.
let memorySession: Session | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { accessToken, expiresAt } = value as Record<string, unknown>;
  return typeof accessToken === 'string' && accessToken !== '' && typeof expiresAt === 'string';
}

/** The stored session, or null when there is none, it is unreadable or it has expired. */
export function readSession(now: number = Date.now()): Session | null {
  const session = readStoredSession() ?? memorySession;
  if (!session) return null;
  const expires = Date.parse(session.expiresAt);
  // An unparsable expiry is left to the server to judge; a past one is certainly dead.
  if (!Number.isNaN(expires) && expires <= now) {
    clearSession();
    return null;
  }
  return session;
}

function readStoredSession(): Session | null {
  try {
    const raw = storage()?.getItem(SESSION_STORAGE_KEY) ?? null;
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    memorySession = null;
  } catch {
    // Quota or privacy mode: an in-memory copy serves this tab until it is closed.
    memorySession = session;
  }
}

export function clearSession(): void {
  memorySession = null;
  try {
    storage()?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

export function getAccessToken(): string | null {
  return readSession()?.accessToken ?? null;
}

export function hasSession(): boolean {
  return readSession() !== null;
}
