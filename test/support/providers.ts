import { callAs, spaceIdFrom } from "./api";
import { userToken } from "./tokens";

/** An access token of a user named in ADMIN_USERS (see vitest.config.ts). */
export function adminToken(): Promise<string> {
  return userToken("admin");
}

/** A provider name that is valid and unique to one test. */
export function uniqueProviderName(prefix = "provider"): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export interface RegisteredProvider {
  readonly providerId: string;
  readonly token: string;
}

/** Registers a fresh provider through the real `POST /providers` as an admin. */
export async function registerProvider(name = uniqueProviderName()): Promise<RegisteredProvider> {
  const response = await callAs(await adminToken(), "POST", "/providers", { name });
  if (response.status !== 201) throw new Error(`provider registration answered ${response.status}`);
  return (await response.json()) as RegisteredProvider;
}

/**
 * A space creation token for the user behind `accessToken`, from the real
 * `/user/spaces/token`: `POST {provider}` when bound, the 3.0 `GET` form otherwise.
 */
export async function spaceCreateToken(accessToken: string, provider?: string): Promise<string> {
  const response =
    provider === undefined
      ? await callAs(accessToken, "GET", "/user/spaces/token")
      : await callAs(accessToken, "POST", "/user/spaces/token", { provider });
  if (response.status !== 200) throw new Error(`space creation token request answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Creates a space as `provider` from a fresh token of the user behind `accessToken`; answers its id. */
export async function createProviderSpace(
  provider: RegisteredProvider,
  accessToken: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const token = await spaceCreateToken(accessToken);
  const response = await callAs(provider.token, "POST", "/spaces", { ...body, token });
  if (response.status !== 201) throw new Error(`provider space creation answered ${response.status}`);
  return spaceIdFrom(response);
}
