/** A 128-bit identifier from the platform CSPRNG, as 32 lowercase hex characters. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Whether a path segment can be an id this API issued. */
export function isRandomId(value: string): boolean {
  return /^[0-9a-f]{32}$/.test(value);
}
