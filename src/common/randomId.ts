const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** A 128-bit identifier from the platform CSPRNG, as 32 lowercase hex characters. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let hex = "";
  for (const byte of bytes) hex += HEX_BYTES[byte];
  return hex;
}

/** The shape of every id this API issues. */
export const RANDOM_ID_PATTERN = /^[0-9a-f]{32}$/;

/** Whether a path segment can be an id this API issued. */
export function isRandomId(value: string): boolean {
  return RANDOM_ID_PATTERN.test(value);
}
