/** The current time as integer unix seconds, the unit every timestamp column uses. */
export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
