import fc from "fast-check";

/*
 * fast-check arbitraries for requests to the API: methods, paths, the three
 * token headers, content types, and bodies of every kind, with wrong types
 * for the fields the API reads. Tokens and creation tokens are symbolic
 * (`TokenChoice`, placeholder strings) and turned into real ones when the
 * request is sent, because minting needs keys and is asynchronous.
 */

/** Which access token a header carries; garbage carries its own text. */
export type TokenChoice =
  | { readonly kind: "owner" | "stranger" | "admin" | "provider" | "revokedProvider" | "creation" | "expired" }
  | { readonly kind: "garbage"; readonly text: string };

/** Placeholders inside JSON bodies, replaced by real tokens when sent. */
export const PLACEHOLDERS = {
  creationToken: "«creation-token»",
  spentCreationToken: "«spent-creation-token»",
  boundElsewhereToken: "«bound-elsewhere-token»",
  userToken: "«user-token»",
  providerToken: "«provider-token»",
} as const;

export type FuzzBody =
  | { readonly kind: "none" }
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "padded"; readonly bytes: number };

export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly tokens: Readonly<Record<string, TokenChoice>>;
  readonly contentType: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: FuzzBody;
}

/** Ids the generated paths and bodies may name: fixtures seeded before the run. */
export interface FuzzFixtures {
  readonly spaceIds: readonly string[];
  readonly providerIds: readonly string[];
  readonly groupIds: readonly string[];
}

/** Printable ASCII, the only text a header value can carry unchanged. */
const headerText = (maxLength: number) => fc.string({ unit: "grapheme-ascii", maxLength });

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);
const idSegment = (known: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: hex32 },
    { weight: 1, arbitrary: fc.constantFrom("0".repeat(32), "A".repeat(32), "abc", "..", "%2e%2e", "%00", "null", "-1") },
    { weight: 1, arbitrary: fc.webSegment() },
  );

const ANY_METHOD = fc.constantFrom("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "patch", "PROPFIND", "PURGE", "TRACE");

/** A route and a method: mostly one the route serves, sometimes any. */
function routeArbitrary(fixtures: FuzzFixtures): fc.Arbitrary<{ path: string; method: string }> {
  const space = idSegment(fixtures.spaceIds);
  const provider = idSegment(fixtures.providerIds);
  const group = idSegment(fixtures.groupIds);
  const user = fc.oneof(fc.constantFrom("admin", "fuzz-user", "nobody", "%40x", "%E0%A4%A"), fc.webSegment());
  const served = (path: fc.Arbitrary<string>, ...methods: string[]) =>
    fc.tuple(path, fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...methods) }, { weight: 1, arbitrary: ANY_METHOD }));
  return fc
    .oneof(
      { weight: 8, arbitrary: served(fc.constant("/spaces"), "POST") },
      { weight: 4, arbitrary: served(space.map((id) => `/spaces/${id}`), "GET", "PATCH", "DELETE") },
      { weight: 1, arbitrary: served(space.map((id) => `/spaces/${id}/providers`), "GET") },
      { weight: 1, arbitrary: served(fc.constant("/user/spaces"), "GET") },
      { weight: 2, arbitrary: served(fc.constant("/user/spaces/token"), "GET", "POST") },
      { weight: 1, arbitrary: served(fc.constant("/provider/spaces"), "GET") },
      { weight: 2, arbitrary: served(fc.constant("/providers"), "POST") },
      { weight: 1, arbitrary: served(provider.map((id) => `/providers/${id}`), "GET", "DELETE") },
      { weight: 1, arbitrary: served(fc.constantFrom("/.well-known/jwks.json", "/openapi.json"), "GET") },
      // Members, invitations, privileges, provider support and the Onezone 3.0 paths.
      { weight: 1, arbitrary: served(fc.constant("/spaces"), "GET") },
      { weight: 2, arbitrary: served(fc.constantFrom("/user/spaces", "/provider/spaces"), "POST") },
      { weight: 1, arbitrary: served(space.map((id) => `/spaces/${id}/users`), "GET") },
      { weight: 1, arbitrary: served(space.map((id) => `/spaces/${id}/users/token`), "GET") },
      { weight: 1, arbitrary: served(space.map((id) => `/spaces/${id}/providers/token`), "GET") },
      { weight: 2, arbitrary: served(fc.tuple(space, user).map(([id, uid]) => `/spaces/${id}/users/${uid}`), "GET", "DELETE") },
      { weight: 2, arbitrary: served(fc.tuple(space, user).map(([id, uid]) => `/spaces/${id}/users/${uid}/privileges`), "GET", "PUT") },
      { weight: 1, arbitrary: served(fc.tuple(space, provider).map(([id, pid]) => `/spaces/${id}/providers/${pid}`), "GET", "DELETE") },
      { weight: 2, arbitrary: served(fc.constant("/user/spaces/join"), "POST") },
      { weight: 1, arbitrary: served(fc.constant("/user/spaces/default"), "GET", "PUT") },
      { weight: 1, arbitrary: served(space.map((id) => `/user/spaces/${id}`), "GET", "DELETE") },
      { weight: 2, arbitrary: served(fc.constant("/provider/spaces/support"), "POST") },
      { weight: 1, arbitrary: served(space.map((id) => `/provider/spaces/${id}`), "GET", "DELETE") },
      // Groups: themselves, their users, nesting, and groups in spaces.
      { weight: 3, arbitrary: served(fc.constantFrom("/groups", "/user/groups"), "POST", "GET") },
      { weight: 2, arbitrary: served(group.map((id) => `/groups/${id}`), "GET", "PATCH", "DELETE") },
      { weight: 1, arbitrary: served(group.map((id) => `/user/groups/${id}`), "GET", "DELETE") },
      { weight: 1, arbitrary: served(fc.constantFrom("/user/effective_groups", "/user/effective_spaces"), "GET") },
      { weight: 2, arbitrary: served(fc.constant("/user/groups/join"), "POST") },
      {
        weight: 2,
        arbitrary: served(
          fc.tuple(group, fc.constantFrom("users", "effective_users", "users/token", "nested/token", "nested", "parent", "spaces", "spaces/token"))
            .map(([id, tail]) => `/groups/${id}/${tail}`),
          "GET",
        ),
      },
      { weight: 2, arbitrary: served(fc.tuple(group, fc.constantFrom("spaces", "spaces/join", "nested/join")).map(([id, tail]) => `/groups/${id}/${tail}`), "POST") },
      { weight: 2, arbitrary: served(fc.tuple(group, user).map(([id, uid]) => `/groups/${id}/users/${uid}`), "GET", "DELETE") },
      { weight: 2, arbitrary: served(fc.tuple(group, user).map(([id, uid]) => `/groups/${id}/users/${uid}/privileges`), "GET", "PUT") },
      {
        weight: 1,
        arbitrary: served(fc.tuple(group, user, fc.constantFrom("", "/privileges")).map(([id, uid, tail]) => `/groups/${id}/effective_users/${uid}${tail}`), "GET"),
      },
      { weight: 2, arbitrary: served(fc.tuple(group, group).map(([id, nid]) => `/groups/${id}/nested/${nid}`), "GET", "DELETE") },
      { weight: 1, arbitrary: served(fc.tuple(group, group).map(([id, nid]) => `/groups/${id}/nested/${nid}/privileges`), "GET", "PUT") },
      { weight: 1, arbitrary: served(fc.tuple(group, group).map(([id, pid]) => `/groups/${id}/parent/${pid}`), "GET") },
      { weight: 1, arbitrary: served(fc.tuple(group, space).map(([id, sid]) => `/groups/${id}/spaces/${sid}`), "GET", "DELETE") },
      { weight: 1, arbitrary: served(space.map((id) => `/spaces/${id}/${"groups"}`), "GET") },
      { weight: 1, arbitrary: served(fc.tuple(space, fc.constantFrom("groups/token", "effective_users")).map(([id, tail]) => `/spaces/${id}/${tail}`), "GET") },
      { weight: 2, arbitrary: served(fc.tuple(space, group).map(([id, gid]) => `/spaces/${id}/groups/${gid}`), "GET", "DELETE") },
      { weight: 1, arbitrary: served(fc.tuple(space, group).map(([id, gid]) => `/spaces/${id}/groups/${gid}/privileges`), "GET", "PUT") },
      { weight: 1, arbitrary: served(fc.tuple(space, user).map(([id, uid]) => `/spaces/${id}/effective_users/${uid}/privileges`), "GET") },
      { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.webPath(), fc.constantFrom("/", "/space", "/SPACES")), ANY_METHOD) },
    )
    .map(([path, method]) => ({ path, method }));
}

/** A full path: a route under either base path, sometimes with a trailing slash or a query. */
function pathAndMethodArbitrary(fixtures: FuzzFixtures): fc.Arbitrary<{ path: string; method: string }> {
  const prefix = fc.oneof(
    { weight: 6, arbitrary: fc.constant("") },
    { weight: 3, arbitrary: fc.constant("/api/v3/onezone") },
    { weight: 1, arbitrary: fc.constantFrom("/API/v3/onezone", "/api/v3/onezone/", "/api/v2/onezone") },
  );
  const suffix = fc.oneof(
    { weight: 8, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.constant("/") },
    { weight: 1, arbitrary: fc.webQueryParameters().map((query) => `?${query}`) },
  );
  return fc.tuple(prefix, routeArbitrary(fixtures), suffix).map(([base, { path, method }, end]) => {
    const joined = `${base}${path.startsWith("/") ? "" : "/"}${path}${end}`;
    // "//host/…" would name another host; keep every request on this one.
    return { path: joined.replace(/^\/{2,}/, "/"), method };
  });
}

const tokenChoice: fc.Arbitrary<TokenChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "provider" } as const) },
  { weight: 2, arbitrary: fc.constantFrom("owner", "stranger").map((kind) => ({ kind }) as TokenChoice) },
  { weight: 1, arbitrary: fc.constantFrom("admin", "revokedProvider", "creation", "expired").map((kind) => ({ kind }) as TokenChoice) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(headerText(80), fc.constantFrom("a.b.c", "eyJhbGciOiJub25lIn0.e30.", "Bearer", "null", "....", "eyJ"))
      .map((text) => ({ kind: "garbage", text }) as TokenChoice),
  },
);

/** `arbitrary` in `percent` % of the runs, undefined otherwise (a header left out). */
function sometimes<T>(percent: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(undefined) }, { weight: percent, arbitrary });
}

/** Drops the members that came out undefined. */
function present<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined));
}

/** Each of the three token headers, present or absent independently; sometimes none at all. */
const tokensArbitrary = fc
  .record({
    "X-Auth-Token": sometimes(75, tokenChoice),
    Authorization: sometimes(25, tokenChoice),
    macaroon: sometimes(20, tokenChoice),
  })
  .map(present);

const contentTypeArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constant("application/json") },
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/merge-patch+json",
      "application/jsonx",
      "text/plain",
      "text/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/xml",
      "*/*",
      "",
    ),
  },
  { weight: 1, arbitrary: headerText(40) },
);

const wrongTypes = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

const nameArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Fuzzed space", "ab", "Ünïcödé (1)", "x_y.z-w", "[data]", "名前") },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 140 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "a", " ab", "ab ", ".ab", "a".repeat(128), "a".repeat(129), "a\u0000b") },
  { weight: 2, arbitrary: wrongTypes },
);

const bodyTokenArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.constant(PLACEHOLDERS.creationToken) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      PLACEHOLDERS.spentCreationToken,
      PLACEHOLDERS.boundElsewhereToken,
      PLACEHOLDERS.userToken,
      PLACEHOLDERS.providerToken,
    ),
  },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("", "a.b.c", "eyJhbGciOiJub25lIn0.e30.")) },
  { weight: 2, arbitrary: wrongTypes },
);

const sizeArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 2 ** 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, -1, 1, 1.5, 2 ** 53 - 1, 2 ** 53, 1e308, "1024", "0", "01", "-5", "1e3", " 12", "9007199254740992", ""),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{0,20}$/) },
  { weight: 2, arbitrary: wrongTypes },
);

const providerFieldArbitrary = (fixtures: FuzzFixtures) =>
  fc.oneof(fc.constantFrom(...fixtures.providerIds), fc.stringMatching(/^[0-9a-f]{32}$/), fc.string({ maxLength: 40 }), wrongTypes);

/** A JSON object with some of the fields the API reads, of any type, plus unknown keys. */
function fieldsArbitrary(fixtures: FuzzFixtures): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(
    {
      name: nameArbitrary,
      token: bodyTokenArbitrary,
      size: sizeArbitrary,
      provider: providerFieldArbitrary(fixtures),
      privileges: fc.oneof(
        fc.subarray(["space_view_data", "space_set_privileges", "space_invite_user", "space_fly"]),
        fc.subarray(["group_view_data", "group_set_privileges", "group_remove", "group_fly"]),
        wrongTypes,
      ),
      type: fc.oneof(fc.constantFrom("organization", "unit", "team", "role", "tribe", ""), wrongTypes),
      spaceId: fc.oneof(fc.constantFrom(...fixtures.spaceIds, null), wrongTypes),
    },
    { requiredKeys: [] },
  );
  const unknown = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 3 });
  return fc.tuple(unknown, known).map(([extra, fields]) => ({ ...extra, ...fields }));
}

/** JSON nested `depth` levels deep, of arrays, objects or both, around a leaf. */
const deepArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 80 }), fc.constantFrom("array", "object", "mixed"), fc.boolean())
  .map(([depth, shape, wrapped]) => {
    let value: unknown = "leaf";
    for (let level = 0; level < depth; level++) {
      const asArray = shape === "array" || (shape === "mixed" && level % 2 === 0);
      value = asArray ? [value] : { nested: value };
    }
    return wrapped ? { name: "Deep", deep: value } : value;
  });

/** Bodies a well-behaved client would send, so that enough requests get far enough to create. */
const plausibleFields = fc.oneof(
  fc.constant({}),
  fc.record({ name: fc.constantFrom("Plausible", "Team data", "ab") }),
  fc.record({ name: fc.constantFrom("Plausible group", "xy"), type: fc.constantFrom("team", "role") }),
  fc.record(
    { token: fc.constant(PLACEHOLDERS.creationToken), name: fc.constantFrom("Provided", "xy"), size: fc.constantFrom(1, "1024", 2 ** 40) },
    { requiredKeys: ["token"] },
  ),
);

function bodyArbitrary(fixtures: FuzzFixtures): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: "none" } as const) },
    { weight: 5, arbitrary: plausibleFields.map((value) => ({ kind: "json", value }) as const) },
    { weight: 10, arbitrary: fieldsArbitrary(fixtures).map((value) => ({ kind: "json", value }) as const) },
    { weight: 2, arbitrary: deepArbitrary.map((value) => ({ kind: "json", value }) as const) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.string(), fc.double(), fc.boolean(), fc.constant(null))
        .map((value) => ({ kind: "json", value }) as const),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 200 }),
          fc.constantFrom('{"name": "Broken"', "{'name': 'Quoted'}", '{"name": "Comma",}', "name=x&token=y", "<space/>", "\uFEFF{}"),
        )
        .map((text) => ({ kind: "text", text }) as const),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ kind: "bytes", bytes }) as const) },
    { weight: 1, arbitrary: fc.constantFrom(64 * 1024, 64 * 1024 + 1, 100 * 1024).map((bytes) => ({ kind: "padded", bytes }) as const) },
  );
}

/** Shared keys make replays and 422s happen; fresh or malformed ones test the rest. */
const idempotencyKeyArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('"fuzz-shared-1"', '"fuzz-shared-2"', "fuzz-shared-1") },
  { weight: 2, arbitrary: fc.uuid().map((uuid) => `"${uuid}"`) },
  { weight: 1, arbitrary: fc.constantFrom('""', `"${"k".repeat(256)}"`, `"${"k".repeat(255)}"`, '"unterminated', "\"a\\\"b\"") },
  { weight: 1, arbitrary: headerText(60) },
);

const extraHeadersArbitrary = fc
  .record({
    "Idempotency-Key": sometimes(30, idempotencyKeyArbitrary),
    "D1-Bookmark": sometimes(10, fc.oneof(headerText(40), fc.constant("00000000-00000004-00000000-00000000000000000000000000000000"))),
    Origin: sometimes(10, fc.constantFrom("https://app.example", "null", "http://localhost:3000")),
    "cf-ray": sometimes(5, headerText(30)),
    "X-Padding": sometimes(3, fc.constantFrom("p".repeat(33 * 1024), "p".repeat(1024))),
  })
  .map(present);

/** Any request at all: every route, method, header and body mixed. */
export function anyRequest(fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      route: pathAndMethodArbitrary(fixtures),
      tokens: tokensArbitrary,
      contentType: contentTypeArbitrary,
      headers: extraHeadersArbitrary,
      body: bodyArbitrary(fixtures),
    })
    .map(({ route, ...rest }) => ({ ...route, ...rest }));
}

/** `POST /spaces` from a user or a provider, with bodies aimed at the fields the create reads. */
export function createRequest(fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> {
  return fc.record({
    method: fc.constant("POST"),
    path: fc.constantFrom("/spaces", "/api/v3/onezone/spaces"),
    tokens: fc.oneof(
      fc.constantFrom<TokenChoice["kind"]>("owner", "stranger", "provider", "provider").map((kind) => ({ "X-Auth-Token": { kind } as TokenChoice })),
      tokensArbitrary,
    ),
    contentType: fc.oneof({ weight: 5, arbitrary: fc.constant("application/json") }, { weight: 1, arbitrary: contentTypeArbitrary }),
    headers: fc.record({ "Idempotency-Key": sometimes(40, idempotencyKeyArbitrary) }).map(present),
    body: fc.oneof(
      { weight: 3, arbitrary: plausibleFields.map((value) => ({ kind: "json", value }) as const) },
      { weight: 8, arbitrary: fieldsArbitrary(fixtures).map((value) => ({ kind: "json", value }) as const) },
      { weight: 2, arbitrary: bodyArbitrary(fixtures) },
    ),
  });
}
