import { mintUserToken } from "../../../scripts/lib/devConfig.mjs";

/** A GET a user (or a provider, by token) sends, to ask two hosts the same question. */
export interface Probe {
  readonly path: string;
  /** A user id (a token is minted when asked), or a provider's token. */
  readonly user?: string;
  readonly providerToken?: string;
}

/** What `makeZone` made: the questions to ask about it. */
export interface Zone {
  readonly probes: readonly Probe[];
  readonly spaces: readonly string[];
}

/**
 * Fills a running host through its API only, as users and providers would: spaces (some with an
 * Idempotency-Key, some made by a provider from a creation token), members who joined with invite
 * tokens (one later removed, one demoted), default spaces, supports, groups with users, a nesting
 * and a group in a space. Every single-use token spent leaves a `spent_tokens` row. `spaceCount`
 * spaces in all, so that a copy takes several batches.
 */
export async function makeZone(baseUrl: string, devConfig: Record<string, string>, { spaceCount = 40 } = {}): Promise<Zone> {
  const tokens = new Map<string, string>();
  const token = async (user: string) => tokens.get(user) ?? tokens.set(user, await mintUserToken(devConfig, user, 3600)).get(user)!;
  const call = async (method: string, path: string, accessToken: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "X-Auth-Token": accessToken, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { location: response.headers.get("location") ?? "", body: text ? JSON.parse(text) : undefined };
  };
  const idFrom = (location: string) => location.split("/").at(-1)!;
  const users = ["u-alice", "u-bob", "u-carol", "u-dave", "u-eve"];

  const registered = [await call("POST", "/providers", await token("admin"), { name: "Storage one" }), await call("POST", "/providers", await token("admin"), { name: "Storage two" })];
  const providers = registered.map((r) => r.body as { providerId: string; token: string });
  const spaces: string[] = [];
  for (let index = 0; index < spaceCount; index++) {
    const owner = users[index % 3]!;
    if (index % 5 === 4) {
      const creation = (await call("GET", "/user/spaces/token", await token(owner))).body.token;
      spaces.push(idFrom((await call("POST", "/provider/spaces", providers[0]!.token, { name: `Provider space ${index}`, token: creation, size: 1024 * (index + 1) })).location));
    } else {
      const headers: Record<string, string> = index % 2 === 0 ? { "Idempotency-Key": `key-${index}` } : {};
      spaces.push(idFrom((await call("POST", "/spaces", await token(owner), { name: `Space ${index} ünïcode` }, headers)).location));
    }
  }
  // Members: each of the first spaces gets dave and eve by invite; one is then demoted, one removed.
  const ownerOf = (index: number) => users[index % 3]!;
  for (const [index, spaceId] of spaces.slice(0, 12).entries()) {
    const owner = await token(ownerOf(index));
    for (const joiner of ["u-dave", "u-eve"]) {
      const invite = (await call("GET", `/spaces/${spaceId}/users/token`, owner)).body.token;
      await call("POST", "/user/spaces/join", await token(joiner), { token: invite });
    }
    if (index % 3 === 0) await call("PUT", `/spaces/${spaceId}/users/u-dave/privileges`, owner, { privileges: ["space_view_data", "space_add_provider"] });
    if (index % 4 === 1) await call("DELETE", `/spaces/${spaceId}/users/u-eve`, owner);
    const support = (await call("GET", `/spaces/${spaceId}/providers/token`, owner)).body.token;
    await call("POST", "/provider/spaces/support", providers[1]!.token, { token: support, size: String(2 ** 40 + index) });
  }
  await call("PUT", "/user/spaces/default", await token("u-dave"), { spaceId: spaces[3] });
  // Groups: a team with a user who joined by invite, nested in a parent, and a member of a space.
  const groups: string[] = [];
  for (const name of ["Parent unit", "Child team"]) groups.push(idFrom((await call("POST", "/groups", await token("u-alice"), { name, type: "team" })).location));
  const alice = await token("u-alice");
  await call("POST", "/user/groups/join", await token("u-carol"), { token: (await call("GET", `/groups/${groups[1]}/users/token`, alice)).body.token });
  await call("POST", `/groups/${groups[1]}/nested/join`, alice, { token: (await call("GET", `/groups/${groups[0]}/nested/token`, alice)).body.token });
  await call("POST", `/groups/${groups[1]}/spaces/join`, alice, { token: (await call("GET", `/spaces/${spaces[0]}/groups/token`, alice)).body.token });

  const probes: Probe[] = [{ path: "/spaces?limit=7", user: "admin" }, { path: "/groups", user: "admin" }];
  for (const provider of providers) probes.push({ path: "/provider/spaces", providerToken: provider.token });
  for (const user of users) {
    for (const path of ["/user/spaces", "/user/spaces/default", "/user/groups", "/user/effective_spaces", "/user/effective_groups"]) probes.push({ path, user });
  }
  for (const [index, spaceId] of spaces.entries()) {
    const user = ownerOf(index);
    const member = index < 12 ? "u-dave" : user;
    for (const tail of ["", "/users", "/providers", "/groups", `/users/${member}/privileges`, "/effective_users"]) probes.push({ path: `/spaces/${spaceId}${tail}`, user });
  }
  for (const groupId of groups) {
    for (const tail of ["", "/users", "/nested", "/parent", "/effective_users", "/spaces"]) probes.push({ path: `/groups/${groupId}${tail}`, user: "u-alice" });
  }
  return { probes, spaces };
}

/** Every probe's status and JSON body on the host at `baseUrl`, in order. */
export async function answers(baseUrl: string, devConfig: Record<string, string>, probes: readonly Probe[]): Promise<{ path: string; status: number; body: unknown }[]> {
  const results = [];
  for (const probe of probes) {
    const accessToken = probe.providerToken ?? (await mintUserToken(devConfig, probe.user!, 3600));
    const response = await fetch(`${baseUrl}${probe.path}`, { headers: { "X-Auth-Token": accessToken } });
    results.push({ path: probe.path, status: response.status, body: await response.json() });
  }
  return results;
}
