import { hex } from "./hex";

/** A 128-bit identifier from the platform CSPRNG, as 32 lowercase hex characters. */
export function randomId(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The shape of every id this API issues. */
export const RANDOM_ID_PATTERN = /^[0-9a-f]{32}$/;

/** Whether a path segment can be an id this API issued. */
export function isRandomId(value: string): boolean {
  return RANDOM_ID_PATTERN.test(value);
}
