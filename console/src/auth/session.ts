/**
 * The signed-in person's tokens. They live in sessionStorage only (this tab,
 * gone when it closes), never in localStorage or cookies.
 */
export interface Session {
  readonly accessToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  readonly expiresAt: number;
  readonly idToken?: string;
  readonly userId: string;
  readonly name: string;
}

const SESSION_KEY = "spacegate.session";
/** Renew a little before the token's own expiry, so that no request is sent with a dying token. */
const EXPIRY_MARGIN_MS = 10_000;

/** The stored session, or null when there is none. */
export function loadSession(): Session | null {
  const stored = sessionStorage.getItem(SESSION_KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Whether the session's access token has expired (or is about to). */
export function isExpired(session: Session): boolean {
  return Date.now() >= session.expiresAt - EXPIRY_MARGIN_MS;
}
