/**
 * A database URL fit for a log line or a banner: scheme, user, host, port and
 * database, never the password (nor query parameters, which may carry one).
 */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${url.username}@` : "";
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return "(an unreadable database URL)";
  }
}
