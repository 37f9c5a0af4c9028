import { env } from "cloudflare:workers";
import { base64url, decodeJwt, exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK, type JWTHeaderParameters, type JWTPayload } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../src/auth/authenticate";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken, encodePayload, idpPrivateJwk, nowSeconds, signAsIdp, signWith, splitToken, unsignedToken, validUserClaims, signEs256Raw, creationTokenFor, providerTokenFor, signAsZoneExactly, validCreationClaims, validProviderClaims, zonePrivateJwk } from "../support/tokens";
import { expectApiError, expectInvalidToken, expectSpaceCreated } from "../support/expectApiError";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import { expectNothingWritten, rowCounts } from "../support/dbRows";

/*
 * The token attacks of RFC 8725 (JWT Best Current Practices) and of the
 * contract, against both kinds of access token: user tokens (signed by the
 * identity provider) and provider tokens (signed by the zone). Every forged
 * token is presented in each of the three token headers, and every refusal
 * is checked to have written no row anywhere. Each group starts with the
 * genuine token being accepted, so a refusal is about the forgery alone.
 */

const TOKEN_HEADERS = ["X-Auth-Token", "Authorization", "macaroon"] as const;
type TokenHeader = (typeof TOKEN_HEADERS)[number];
/** RFC 8725 §3.1: `none` in any spelling. */
const NONE_SPELLINGS = ["none", "None", "NONE", "nOnE"];
/** Headers that point a verifier at a key, by URL or inline: here, at the attacker's key. */
const KEY_POINTER_HEADERS: Array<[string, Partial<JWTHeaderParameters>]> = [
  ["jku", { jku: "https://attacker.example/jwks.json" }],
  ["x5u", { x5u: "https://attacker.example/cert.pem" }],
  ["x5c", { x5c: ["MIIBszCCAVmgAwIBAgIUattacker"] }],
];
/** The clock tolerance of the contract, and how far on either side of it the boundary tests go. */
const TOLERANCE_SECONDS = 30;
const INSIDE_SECONDS = TOLERANCE_SECONDS - 5;
const OUTSIDE_SECONDS = TOLERANCE_SECONDS + 5;
const MAX_TOKEN_CHARS = 16 * 1024;

let provider: RegisteredProvider;
let otherProvider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
  otherProvider = await registerProvider();
});

function tokenHeaders(header: TokenHeader, token: string): Record<string, string> {
  return { [header]: header === "Authorization" ? `Bearer ${token}` : token, "Content-Type": "application/json" };
}

/** `POST /spaces` with the access token in `header` and a JSON body. */
function postSpace(header: TokenHeader, token: string, body: Record<string, unknown>): Promise<Response> {
  return call("/spaces", { method: "POST", headers: tokenHeaders(header, token), body: JSON.stringify(body) });
}

/**
 * Presents `token` as a user access token in every token header, asking to
 * create a space: each must be 401 invalid_token, and no table may change.
 */
async function expectUserTokenRefused(token: string): Promise<void> {
  const before = await rowCounts();
  for (const header of TOKEN_HEADERS) {
    await expectInvalidToken(await postSpace(header, token, { name: "Forged" }));
  }
  await expectNothingWritten(before);
}

/**
 * Presents `token` as a provider token in every token header, with a genuine
 * unspent space creation token in the body, so that an accepted forgery would
 * create a space: each must be 401 invalid_token, and no table may change.
 */
async function expectProviderTokenRefused(token: string): Promise<void> {
  const creationToken = await creationTokenFor(uniqueUser("victim"));
  const before = await rowCounts();
  for (const header of TOKEN_HEADERS) {
    await expectInvalidToken(await postSpace(header, token, { token: creationToken, size: 1 }));
  }
  await expectNothingWritten(before);
}

/** The identity provider's public JWK, as the worker holds it in AUTH_JWKS. */
function idpPublicJwk(): JWK {
  return (JSON.parse(env.AUTH_JWKS) as { keys: JWK[] }).keys[0]!;
}

/** The zone's public JWKS document exactly as the zone serves it: what an attacker would key an HMAC with. */
async function servedZoneJwks(): Promise<string> {
  const response = await call("/.well-known/jwks.json");
  expect(response.status).toBe(200);
  return response.text();
}

/** The encodings of a public EC key an attacker might try as an HMAC secret (RFC 8725 §2.1, §3.1). */
async function publicKeyAsSecrets(publicJwk: JWK, servedDocument: string): Promise<Array<[string, Uint8Array]>> {
  const encoder = new TextEncoder();
  const key = await importJWK({ ...publicJwk, ext: true }, "ES256", { extractable: true });
  const pem = await exportSPKI(key as CryptoKey);
  const point = new Uint8Array([4, ...base64url.decode(publicJwk.x!), ...base64url.decode(publicJwk.y!)]);
  return [
    ["the JSON of the public JWK", encoder.encode(JSON.stringify(publicJwk))],
    ["the JWKS document", encoder.encode(servedDocument)],
    ["the SPKI PEM", encoder.encode(pem)],
    ["the raw EC point", point],
    ["the base64url x coordinate", encoder.encode(publicJwk.x!)],
  ];
}

/** A key pair the attacker controls, with its public JWK. */
async function attackerKey(alg: "ES256" | "EdDSA" | "RS256" = "ES256") {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

/**
 * Signs with a genuine key and a `crit` header naming an extension. The
 * signer is told it understands the extension; the worker is not (RFC 7515 §4.1.11).
 */
async function signWithCrit(jwk: JWK & { kid: string }, payload: JWTPayload, header: Partial<JWTHeaderParameters>, crit: string[]) {
  const extensions = Object.fromEntries(crit.map((name) => [name, true]));
  return new SignJWT(payload)
    .setProtectedHeader({ alg: String(jwk.alg ?? "ES256"), kid: jwk.kid, ...header, crit, ...extensions })
    .sign(await importJWK(jwk, String(jwk.alg ?? "ES256")), { crit: extensions });
}

/** A token whose payload was replaced after signing, keeping header and signature. */
function swapPayload(token: string, payload: JWTPayload): string {
  const { header, signature } = splitToken(token);
  return `${header}.${encodePayload(payload)}.${signature}`;
}

/** A token whose protected header was replaced after signing, keeping payload and signature. */
function swapHeader(token: string, header: Record<string, unknown>): string {
  const { payload, signature } = splitToken(token);
  return `${base64url.encode(JSON.stringify(header))}.${payload}.${signature}`;
}

/** The same token with its signature cut to `keep` characters. */
function truncateSignature(token: string, keep: number): string {
  const { header, payload, signature } = splitToken(token);
  return `${header}.${payload}.${signature.slice(0, keep)}`;
}

describe("RFC 8725 attacks on user access tokens: 401 invalid_token, nothing written", () => {
  const kid = () => idpPrivateJwk().kid;
  const claims = () => validUserClaims(uniqueUser("attacker"));

  it("accepts the genuine token in every header (the control case)", async () => {
    for (const header of TOKEN_HEADERS) {
      await expectSpaceCreated(await postSpace(header, await signAsIdp(claims()), { name: "Genuine" }));
    }
  });

  it.each(NONE_SPELLINGS)("refuses alg %s, unsigned, naming the trusted kid", async (alg) => {
    await expectUserTokenRefused(unsignedToken({ alg, kid: kid(), typ: "JWT" }, claims()));
  });

  it.each(NONE_SPELLINGS)("refuses alg %s over a genuine token's kept signature", async (alg) => {
    const genuine = await signAsIdp(claims());
    await expectUserTokenRefused(swapHeader(genuine, { alg, kid: kid() }));
  });

  it.each(["HS256", "HS384", "HS512"])("refuses %s keyed with every encoding of the identity provider's public key", async (alg) => {
    for (const [, secret] of await publicKeyAsSecrets(idpPublicJwk(), env.AUTH_JWKS)) {
      await expectUserTokenRefused(await signWith(secret, claims(), { alg, kid: kid() }));
    }
  });

  it.each(["ES256", "EdDSA", "RS256"] as const)("refuses a foreign %s key that carries the trusted kid", async (alg) => {
    const { privateKey } = await attackerKey(alg);
    await expectUserTokenRefused(await signWith(privateKey, claims(), { alg, kid: kid() }));
  });

  it("refuses an embedded jwk header naming the attacker's key, with and without the trusted kid", async () => {
    const { privateKey, publicJwk } = await attackerKey();
    await expectUserTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", jwk: publicJwk }));
    await expectUserTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", kid: kid(), jwk: publicJwk }));
  });

  it.each(KEY_POINTER_HEADERS)("refuses a %s header pointing at the attacker's key", async (_label, pointer) => {
    const { privateKey } = await attackerKey();
    await expectUserTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", kid: kid(), ...pointer }));
  });

  it("refuses a genuine signature with an unknown crit extension, or an empty crit list", async () => {
    await expectUserTokenRefused(await signWithCrit(idpPrivateJwk(), claims(), {}, ["urn:example:unknown"]));
    await expectUserTokenRefused(await signEs256Raw(idpPrivateJwk(), { alg: "ES256", kid: kid(), crit: [] }, claims()));
  });

  it.each([
    ["a missing sub", (c: JWTPayload) => ({ ...c, sub: undefined })],
    ["an empty sub", (c: JWTPayload) => ({ ...c, sub: "" })],
    ["a missing aud", (c: JWTPayload) => ({ ...c, aud: undefined })],
    ["a wrong iss", (c: JWTPayload) => ({ ...c, iss: "https://evil.example" })],
    ["the zone as iss and aud", (c: JWTPayload) => ({ ...c, iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER })],
  ])("refuses a genuinely signed token with %s", async (_label, change) => {
    await expectUserTokenRefused(await signAsIdp(change(claims())));
  });

  it("refuses a payload swapped to another user under a kept signature", async () => {
    const genuine = await signAsIdp(validUserClaims(uniqueUser("victim")));
    await expectUserTokenRefused(swapPayload(genuine, validUserClaims(uniqueUser("attacker"))));
  });

  it("refuses a payload swapped to extend its own expiry under a kept signature", async () => {
    const original = { ...claims(), exp: nowSeconds() - 3600 };
    const genuine = await signAsIdp(original);
    await expectUserTokenRefused(swapPayload(genuine, { ...original, exp: nowSeconds() + 3600 }));
  });

  it.each([0, 20, 85])("refuses the signature truncated to %i characters", async (keep) => {
    await expectUserTokenRefused(truncateSignature(await signAsIdp(claims()), keep));
  });

  it("refuses a signature transplanted from another genuine token", async () => {
    const donor = splitToken(await signAsIdp(claims()));
    const recipient = splitToken(await signAsIdp(claims()));
    await expectUserTokenRefused(`${recipient.header}.${recipient.payload}.${donor.signature}`);
  });
});

describe("RFC 8725 attacks on provider tokens: 401 invalid_token, nothing written", () => {
  const kid = () => zonePrivateJwk().kid;
  const claims = () => validProviderClaims(provider.providerId);
  const typed = { typ: "provider+jwt" };

  it("accepts the genuine provider token, and a zone-signed copy of it, in every header (the control case)", async () => {
    for (const header of TOKEN_HEADERS) {
      for (const token of [provider.token, await providerTokenFor(provider.providerId)]) {
        const response = await postSpace(header, token, { token: await creationTokenFor(uniqueUser()) });
        await expectSpaceCreated(response);
      }
    }
  });

  it.each(NONE_SPELLINGS)("refuses alg %s, unsigned, typed provider+jwt with the zone's kid", async (alg) => {
    await expectProviderTokenRefused(unsignedToken({ alg, kid: kid(), ...typed }, claims()));
  });

  it.each(NONE_SPELLINGS)("refuses alg %s over the genuine provider token's kept signature", async (alg) => {
    await expectProviderTokenRefused(swapHeader(provider.token, { alg, kid: kid(), ...typed }));
  });

  it.each(["HS256", "HS384", "HS512"])("refuses %s keyed with every encoding of the zone's published key", async (alg) => {
    const served = await servedZoneJwks();
    const published = (JSON.parse(served) as { keys: JWK[] }).keys[0]!;
    for (const [, secret] of await publicKeyAsSecrets(published, served)) {
      await expectProviderTokenRefused(await signWith(secret, claims(), { alg, kid: kid(), ...typed }));
    }
  });

  it.each(["ES256", "EdDSA"] as const)("refuses a foreign %s key that carries the zone's kid", async (alg) => {
    const { privateKey } = await attackerKey(alg);
    await expectProviderTokenRefused(await signWith(privateKey, claims(), { alg, kid: kid(), ...typed }));
  });

  it("refuses an embedded jwk header naming the attacker's key, with and without the zone's kid", async () => {
    const { privateKey, publicJwk } = await attackerKey();
    await expectProviderTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", jwk: publicJwk, ...typed }));
    await expectProviderTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", kid: kid(), jwk: publicJwk, ...typed }));
  });

  it.each(KEY_POINTER_HEADERS)("refuses a %s header pointing at the attacker's key", async (_label, pointer) => {
    const { privateKey } = await attackerKey();
    await expectProviderTokenRefused(await signWith(privateKey, claims(), { alg: "ES256", kid: kid(), ...typed, ...pointer }));
  });

  it("refuses a zone signature with an unknown crit extension", async () => {
    await expectProviderTokenRefused(await signWithCrit(zonePrivateJwk(), claims(), typed, ["urn:example:unknown"]));
  });

  it.each([
    ["a missing sub", (c: JWTPayload) => ({ ...c, sub: undefined })],
    ["an empty sub", (c: JWTPayload) => ({ ...c, sub: "" })],
    ["a missing aud", (c: JWTPayload) => ({ ...c, aud: undefined })],
    ["a wrong aud", (c: JWTPayload) => ({ ...c, aud: env.AUTH_AUDIENCE })],
    ["a wrong iss", (c: JWTPayload) => ({ ...c, iss: "https://other-zone.example" })],
    ["the identity provider as iss", (c: JWTPayload) => ({ ...c, iss: env.AUTH_ISSUER })],
  ])("refuses a zone-signed provider token with %s", async (_label, change) => {
    await expectProviderTokenRefused(await signAsZoneExactly(change(claims()), typed));
  });

  it("refuses a payload swapped to another registered provider under a kept signature", async () => {
    await expectProviderTokenRefused(swapPayload(provider.token, validProviderClaims(otherProvider.providerId)));
  });

  it.each([0, 20, 85])("refuses the signature truncated to %i characters", async (keep) => {
    await expectProviderTokenRefused(truncateSignature(provider.token, keep));
  });

  it("leaves the body's creation token unspent after every refusal: the genuine provider redeems it", async () => {
    const creationToken = await creationTokenFor(uniqueUser("victim"));
    const forged = unsignedToken({ alg: "none", kid: kid(), ...typed }, claims());
    await expectInvalidToken(await postSpace("X-Auth-Token", forged, { token: creationToken }));
    await expectSpaceCreated(await postSpace("X-Auth-Token", provider.token, { token: creationToken }));
  });
});

describe("expiry and not-before at the 30 s tolerance boundary", () => {
  const now = nowSeconds;

  it(`accepts a user token that expired ${INSIDE_SECONDS} s ago, refuses one that expired ${OUTSIDE_SECONDS} s ago`, async () => {
    const inside = await signAsIdp({ ...validUserClaims(uniqueUser()), exp: now() - INSIDE_SECONDS });
    await expectSpaceCreated(await postSpace("X-Auth-Token", inside, {}));
    await expectUserTokenRefused(await signAsIdp({ ...validUserClaims(uniqueUser()), exp: now() - OUTSIDE_SECONDS }));
  });

  it(`accepts a user token valid from ${INSIDE_SECONDS} s ahead, refuses one valid from ${OUTSIDE_SECONDS} s ahead`, async () => {
    const inside = await signAsIdp({ ...validUserClaims(uniqueUser()), nbf: now() + INSIDE_SECONDS });
    await expectSpaceCreated(await postSpace("X-Auth-Token", inside, {}));
    await expectUserTokenRefused(await signAsIdp({ ...validUserClaims(uniqueUser()), nbf: now() + OUTSIDE_SECONDS }));
  });

  it(`accepts a provider token that expired ${INSIDE_SECONDS} s ago, refuses one that expired ${OUTSIDE_SECONDS} s ago`, async () => {
    const inside = await providerTokenFor(provider.providerId, { exp: now() - INSIDE_SECONDS });
    await expectSpaceCreated(await postSpace("X-Auth-Token", inside, { token: await creationTokenFor(uniqueUser()) }));
    await expectProviderTokenRefused(await providerTokenFor(provider.providerId, { exp: now() - OUTSIDE_SECONDS }));
  });

  it(`accepts a provider token valid from ${INSIDE_SECONDS} s ahead, refuses one valid from ${OUTSIDE_SECONDS} s ahead`, async () => {
    const inside = await providerTokenFor(provider.providerId, { nbf: now() + INSIDE_SECONDS });
    await expectSpaceCreated(await postSpace("X-Auth-Token", inside, { token: await creationTokenFor(uniqueUser()) }));
    await expectProviderTokenRefused(await providerTokenFor(provider.providerId, { nbf: now() + OUTSIDE_SECONDS }));
  });

  it.each([
    ["expired", "exp", -INSIDE_SECONDS, -OUTSIDE_SECONDS],
    ["not yet valid", "nbf", INSIDE_SECONDS, OUTSIDE_SECONDS],
  ])("accepts a creation token %s within the tolerance, refuses one beyond it with 400 invalid_token", async (_label, claim, inside, outside) => {
    const accepted = await creationTokenFor(uniqueUser(), { [claim]: now() + inside });
    await expectSpaceCreated(await postSpace("X-Auth-Token", provider.token, { token: accepted }));
    const refused = await creationTokenFor(uniqueUser(), { [claim]: now() + outside });
    const before = await rowCounts();
    await expectApiError(await postSpace("X-Auth-Token", provider.token, { token: refused }), 400, "invalid_token");
    await expectNothingWritten(before);
  });
});

describe("each token kind in the place of another", () => {
  async function expectBodyTokenRefused(bodyToken: string): Promise<void> {
    const before = await rowCounts();
    const response = await postSpace("X-Auth-Token", provider.token, { token: bodyToken, size: 1 });
    await expectApiError(response, 400, "invalid_token");
    await expectNothingWritten(before);
  }

  it("refuses a user access token in the body with 400 invalid_token", async () => {
    await expectBodyTokenRefused(await userToken(uniqueUser()));
  });

  it("refuses a provider token in the body, its own or another's, with 400 invalid_token", async () => {
    await expectBodyTokenRefused(provider.token);
    await expectBodyTokenRefused(otherProvider.token);
  });

  it("refuses a zone-signed provider+jwt shaped like a creation token (jti, exp) in the body", async () => {
    await expectBodyTokenRefused(await signAsZoneExactly(validCreationClaims(uniqueUser()), { typ: "provider+jwt" }));
  });

  it("refuses an identity-provider-signed space-create+jwt in the body", async () => {
    const claims = { ...validCreationClaims(uniqueUser()), iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER };
    await expectBodyTokenRefused(await signAsIdp(claims, { typ: "space-create+jwt" }));
  });

  it("refuses a genuine space creation token as an access token, on every route and header", async () => {
    const creationToken = await spaceCreateToken(await userToken(uniqueUser()));
    await expectUserTokenRefused(creationToken);
    for (const path of ["/user/spaces", "/provider/spaces", "/user/spaces/token"]) {
      await expectInvalidToken(await call(path, { headers: tokenHeaders("X-Auth-Token", creationToken) }));
    }
  });

  it("refuses a zone-signed space creation token whose sub is a registered provider, as an access token", async () => {
    await expectProviderTokenRefused(await creationTokenFor(provider.providerId));
  });

  it.each(["provider+jwt", "application/provider+jwt", "Provider+JWT"])(
    "refuses an identity-provider-signed token typed %s that names a registered provider",
    async (typ) => {
      const asUser = validUserClaims(provider.providerId);
      await expectProviderTokenRefused(await signAsIdp(asUser, { typ }));
      const asZone = { ...asUser, iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER };
      await expectProviderTokenRefused(await signAsIdp(asZone, { typ }));
    },
  );

  it.each([undefined, "JWT", "at+jwt", "application/at+jwt"])("refuses a zone-signed token with the user typ %s", async (typ) => {
    const header = typ === undefined ? {} : { typ };
    await expectUserTokenRefused(await signAsZoneExactly(validUserClaims(uniqueUser()), header));
    await expectUserTokenRefused(await signAsZoneExactly(validProviderClaims(provider.providerId), header));
  });

  it("refuses a zone-signed provider token for a provider that was never registered", async () => {
    await expectProviderTokenRefused(await providerTokenFor("f".repeat(32)));
  });
});

describe("tokens over 16 KiB", () => {
  /** A token of exactly `length` characters, padded through an ignored claim and header member. */
  async function tokenOfLength(length: number, sign: (pad: string, headerPad: string) => Promise<string>): Promise<string> {
    for (let headerPad = 0; headerPad < 4; headerPad++) {
      const probe = await sign("", "h".repeat(headerPad));
      // Each 3 bytes of JSON become 4 base64url characters: step the payload pad until the length lands.
      for (let pad = Math.floor(((length - probe.length) * 3) / 4) - 4; pad < length; pad++) {
        const token = await sign("x".repeat(pad), "h".repeat(headerPad));
        if (token.length === length) return token;
        if (token.length > length) break;
      }
    }
    throw new Error(`no token of exactly ${length} characters`);
  }

  const userOfLength = (length: number, user: string) =>
    tokenOfLength(length, (pad, headerPad) => signAsIdp({ ...validUserClaims(user), pad }, { pad: headerPad } as Partial<JWTHeaderParameters>));
  const providerOfLength = (length: number) =>
    tokenOfLength(length, (pad, headerPad) =>
      providerTokenFor(provider.providerId, { pad }, { pad: headerPad } as Partial<JWTHeaderParameters>),
    );

  /** Runs the worker's own authentication on a request carrying `token`, without the HTTP layers in front of it. */
  function authenticateToken(token: string) {
    const request = Object.assign(new Request("https://spacegate.test/spaces", { headers: { "X-Auth-Token": token } }), {
      db: env.DB.withSession("first-primary"),
    });
    return authenticate(request as unknown as Parameters<typeof authenticate>[0], env);
  }

  it("authenticates a genuine user token of exactly 16 KiB, and refuses one of 16 KiB + 1 unread", async () => {
    const user = uniqueUser();
    await expect(authenticateToken(await userOfLength(MAX_TOKEN_CHARS, user))).resolves.toEqual({ kind: "user", id: user });
    await expect(authenticateToken(await userOfLength(MAX_TOKEN_CHARS + 1, user))).rejects.toMatchObject({
      status: 401,
      code: "invalid_token",
    });
  });

  it("refuses a genuine provider token of 16 KiB + 1 unread", async () => {
    await expect(authenticateToken(await providerOfLength(MAX_TOKEN_CHARS + 1))).rejects.toMatchObject({
      status: 401,
      code: "invalid_token",
    });
  });

  it("refuses an over-long user or provider token over HTTP with 401 invalid_token, in every header, writing nothing", async () => {
    // The 431 header limit sits above 16 KiB, so an over-long token is refused as a token.
    await expectUserTokenRefused(await userOfLength(MAX_TOKEN_CHARS + 1, uniqueUser()));
    await expectProviderTokenRefused(await providerOfLength(MAX_TOKEN_CHARS + 1));
  });

  it("refuses a genuine space creation token over 16 KiB in the body with 400 invalid_token", async () => {
    const user = uniqueUser();
    const bodyToken = await creationTokenFor(user, { pad: "x".repeat(MAX_TOKEN_CHARS) });
    expect(bodyToken.length).toBeGreaterThan(MAX_TOKEN_CHARS);
    expect(decodeJwt(bodyToken).sub).toBe(user);
    const before = await rowCounts();
    await expectApiError(await postSpace("X-Auth-Token", provider.token, { token: bodyToken }), 400, "invalid_token");
    await expectNothingWritten(before);
  });
});

describe("a refused attack does not disturb the genuine flow", () => {
  it("a provider redeems a real creation token after a barrage of forgeries against it", async () => {
    const user = uniqueUser("owner");
    const creationToken = await spaceCreateToken(await userToken(user));
    const forged = [
      unsignedToken({ alg: "none", typ: "provider+jwt" }, validProviderClaims(provider.providerId)),
      truncateSignature(provider.token, 10),
      swapPayload(provider.token, validProviderClaims(otherProvider.providerId)),
    ];
    for (const token of forged) {
      await expectInvalidToken(await callAs(token, "POST", "/spaces", { token: creationToken }));
    }
    const created = await callAs(provider.token, "POST", "/spaces", { token: creationToken });
    expect(created.status).toBe(201);
    const read = await callAs(await userToken(user), "GET", `/spaces/${spaceIdFrom(created)}`);
    expect(await read.json()).toMatchObject({ creator: { type: "provider", id: provider.providerId } });
  });
});
