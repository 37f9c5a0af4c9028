import { expect, inject } from "vitest";
import { mintUserToken } from "../../../scripts/lib/devConfig.mjs";
import { HOST_MODES, type HostMode } from "./hostProcess.ts";

/*
 * The black-box suite's only way in: HTTP to the host under test (its base URL
 * comes from the global setup). One file per area of the API under test/e2e/;
 * a new operation is a new `it` (or file) using `send` and `expectError`.
 */

export const baseUrl = inject("baseUrl");
export const hostName = inject("hostName");
/** What serves (wrangler dev, Bun, Deno), and whether over PostgreSQL. */
export const hostMode: HostMode = HOST_MODES[hostName];
export const devConfig = inject("devConfig");

export const BOOKMARK_HEADER = "D1-Bookmark";
export const BOOKMARK_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

export interface SendOptions {
  token?: string;
  /** JSON-encoded with `Content-Type: application/json`; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The client address this test file claims. wrangler dev takes a client's
 * `CF-Connecting-IP` as is, so each file gets its own anonymous rate limit
 * there; Bun and Deno overwrite it with the socket peer (127.0.0.1).
 */
export const fileClientAddress = randomClientAddress();

/** An address in 198.18.0.0/15 (RFC 2544, benchmarking), unlikely to repeat. */
export function randomClientAddress(): string {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `198.${18 + (a! & 1)}.${b}.${c}`;
}

/** One HTTP request to the host under test. */
export function send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
  return sendTo(baseUrl, method, path, options);
}

/** One HTTP request to the host at `base` (a suite's own host; see limits.e2e.ts). */
export function sendTo(base: string, method: string, path: string, { token, body, headers = {} }: SendOptions = {}): Promise<Response> {
  const all: Record<string, string> = { "CF-Connecting-IP": fileClientAddress, ...headers };
  if (token) all["X-Auth-Token"] = token;
  if (body !== undefined && typeof body !== "string") all["Content-Type"] ??= "application/json";
  const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  return fetch(`${base}${path}`, { method, headers: all, body: payload });
}

/** The documented error: status, JSON `{error, error_description}` only, and a request id. */
export async function expectError(response: Response, status: number, code: string): Promise<void> {
  const body = await response.json();
  expect({ status: response.status, body }).toEqual({ status, body: { error: code, error_description: expect.any(String) } });
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("x-request-id")).toMatch(/\S/);
}

/** A name no other test uses. */
export const unique = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** A user access token from the dev identity provider the host trusts. */
export function userToken(userId: string): Promise<string> {
  return mintUserToken(devConfig, userId);
}

/** A token of a fresh user. */
export const newUser = (prefix = "e2e-user") => userToken(unique(prefix));

/** The zone's admin (ADMIN_USERS of the generated configuration). */
export const adminToken = () => userToken("admin");

/** Registers a provider as the admin. */
export async function registerProvider(name = "E2E provider"): Promise<{ providerId: string; token: string }> {
  const response = await send("POST", "/providers", { token: await adminToken(), body: { name } });
  expect(response.status).toBe(201);
  return response.json();
}

/** Creates a space and answers its id. */
export async function createSpace(token: string, body: Record<string, unknown> = {}): Promise<string> {
  const response = await send("POST", "/spaces", { token, body });
  expect(response.status).toBe(201);
  return spaceIdFrom(response);
}

/** The space id in a 201's Location. */
export function spaceIdFrom(response: Response): string {
  const location = response.headers.get("location") ?? "";
  expect(location).toMatch(/^\/spaces\/[0-9a-f]{32}$/);
  return location.slice("/spaces/".length);
}

/** A user's space creation token, optionally bound to one provider. */
export async function creationToken(user: string, provider?: string): Promise<string> {
  const response = provider
    ? await send("POST", "/user/spaces/token", { token: user, body: { provider } })
    : await send("GET", "/user/spaces/token", { token: user });
  expect(response.status).toBe(200);
  return (await response.json()).token;
}
