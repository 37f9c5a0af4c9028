import { env } from "cloudflare:workers";
import { base64url, decodeJwt, exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK, type JWTHeaderParameters, type JWTPayload } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../src/auth/authenticate";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { countRows, expectNothingWritten, rowCounts } from "../support/dbRows";
import { expectApiError, expectInvalidToken, expectSpaceCreated } from "../support/expectApiError";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import {
  creationTokenFor,
  encodePayload,
  idpPrivateJwk,
  nowSeconds,
  providerTokenFor,
  signAsIdp,
  signAsZoneExactly,
  signEs256Raw,
  signWith,
  splitToken,
  unsignedToken,
  userToken,
  validCreationClaims,
  validProviderClaims,
  validUserClaims,
  zonePrivateJwk,
} from "../support/tokens";

/*
 * Every token check, table by table: user access tokens (signed by the
 * identity provider), provider tokens (signed by the zone) and space creation
 * tokens in a provider's POST /spaces body, against the claim rules of the
 * contract (docs/design.md) and the attacks of RFC 8725. Each table starts
 * with genuine tokens being accepted, so a refusal is about the one thing
 * changed. A refused access token is presented in each of the three token
 * headers and must get 401 invalid_token with its challenge; every refusal
 * must leave every table as it was.
 */

const TOKEN_HEADERS = ["X-Auth-Token", "Authorization", "macaroon"] as const;
type TokenHeader = (typeof TOKEN_HEADERS)[number];
/** RFC 8725 §3.1: `none` in any spelling. */
const NONE_SPELLINGS = ["none", "None", "NONE", "nOnE"];
const HMAC_ALGORITHMS = ["HS256", "HS384", "HS512"];
/** Headers that point a verifier at a key, by URL or inline: here, at the attacker's key. */
const KEY_POINTER_HEADERS: Array<[string, Partial<JWTHeaderParameters>]> = [
  ["jku", { jku: "https://attacker.example/jwks.json" }],
  ["x5u", { x5u: "https://attacker.example/cert.pem" }],
  ["x5c", { x5c: ["MIIBszCCAVmgAwIBAgIUattacker"] }],
];
/** The clock tolerance of the contract, and how far on either side of it the boundary cases go. */
const TOLERANCE_SECONDS = 30;
const INSIDE_SECONDS = TOLERANCE_SECONDS - 5;
const OUTSIDE_SECONDS = TOLERANCE_SECONDS + 5;
const MAX_TOKEN_CHARS = 16 * 1024;

/** One row of a token table: what the token is, and how to make it (one token or several). */
type TokenCase = readonly [label: string, forge: () => Promise<string | string[]> | string | string[]];

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

async function forged(forge: TokenCase[1]): Promise<string[]> {
  const made = await forge();
  return Array.isArray(made) ? made : [made];
}

/** `token` as a user access token creates a space, in every token header. */
async function expectUserTokenAccepted(token: string): Promise<void> {
  for (const header of TOKEN_HEADERS) await expectSpaceCreated(await postSpace(header, token, { name: "Genuine" }));
}

/** `token` as a user access token is 401 invalid_token in every token header, and no table changes. */
async function expectUserTokenRefused(token: string): Promise<void> {
  const before = await rowCounts();
  for (const header of TOKEN_HEADERS) await expectInvalidToken(await postSpace(header, token, { name: "Forged" }));
  await expectNothingWritten(before);
}

/** `token` as a provider token redeems a genuine creation token, in every token header. */
async function expectProviderTokenAccepted(token: string): Promise<void> {
  for (const header of TOKEN_HEADERS) {
    await expectSpaceCreated(await postSpace(header, token, { token: await creationTokenFor(uniqueUser()) }));
  }
}

/**
 * `token` as a provider token, with a genuine unspent creation token in the
 * body (so an accepted forgery would create a space), is 401 invalid_token in
 * every token header, and no table changes.
 */
async function expectProviderTokenRefused(token: string): Promise<void> {
  const creationToken = await creationTokenFor(uniqueUser("victim"));
  const before = await rowCounts();
  for (const header of TOKEN_HEADERS) {
    await expectInvalidToken(await postSpace(header, token, { token: creationToken, size: 1 }));
  }
  await expectNothingWritten(before);
}

/** `token` in the body of the genuine provider's POST /spaces creates a space. */
async function expectBodyTokenAccepted(token: string): Promise<void> {
  await expectSpaceCreated(await postSpace("X-Auth-Token", provider.token, { token }));
}

/** `token` in the body of the genuine provider's POST /spaces is 400 invalid_token, and no table changes. */
async function expectBodyTokenRefused(token: string): Promise<void> {
  const before = await rowCounts();
  await expectApiError(await postSpace("X-Auth-Token", provider.token, { token, size: 1 }), 400, "invalid_token");
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
async function publicKeyAsSecrets(publicJwk: JWK, servedDocument: string): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const key = await importJWK({ ...publicJwk, ext: true }, "ES256", { extractable: true });
  const pem = await exportSPKI(key as CryptoKey);
  const point = new Uint8Array([4, ...base64url.decode(publicJwk.x!), ...base64url.decode(publicJwk.y!)]);
  return [
    encoder.encode(JSON.stringify(publicJwk)), // the JSON of the public JWK
    encoder.encode(servedDocument), // the JWKS document
    encoder.encode(pem), // the SPKI PEM
    point, // the raw EC point
    encoder.encode(publicJwk.x!), // the base64url x coordinate
  ];
}

/** HMAC tokens over `claims` keyed with every encoding of `publicJwk`, with and without `kid`. */
async function hmacForgeries(alg: string, publicJwk: JWK, document: string, claims: JWTPayload, header: Partial<JWTHeaderParameters>) {
  const tokens: string[] = [];
  for (const secret of await publicKeyAsSecrets(publicJwk, document)) {
    tokens.push(await signWith(secret, claims, { ...header, alg }));
  }
  const { kid: _kid, ...withoutKid } = header;
  tokens.push(await signWith(new TextEncoder().encode(document), claims, { ...withoutKid, alg }));
  return tokens;
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
  tokenOfLength(length, (pad, headerPad) => providerTokenFor(provider.providerId, { pad }, { pad: headerPad } as Partial<JWTHeaderParameters>));

const userClaims = () => validUserClaims(uniqueUser("attacker"));
const userKid = () => idpPrivateJwk().kid;
const providerClaims = () => validProviderClaims(provider.providerId);
const zoneKid = () => zonePrivateJwk().kid;
const asProvider = { typ: "provider+jwt" };
const asCreation = { typ: "space-create+jwt" };
const withClaims = (change: Record<string, unknown>) => signAsIdp({ ...userClaims(), ...change } as JWTPayload);
const withoutClaim = (claim: string) => () => {
  const { [claim]: _omitted, ...rest } = userClaims();
  return signAsIdp(rest);
};

const USER_TOKENS_ACCEPTED: TokenCase[] = [
  ["a fresh token signed by the identity provider (the control case)", () => signAsIdp(userClaims())],
  ["a token that expired 10 s ago, within the 30 s clock tolerance", () => withClaims({ exp: nowSeconds() - 10 })],
  [`a token that expired ${INSIDE_SECONDS} s ago`, () => withClaims({ exp: nowSeconds() - INSIDE_SECONDS })],
  ["a token valid from 10 s ahead, within the 30 s clock tolerance", () => withClaims({ nbf: nowSeconds() + 10 })],
  [`a token valid from ${INSIDE_SECONDS} s ahead`, () => withClaims({ nbf: nowSeconds() + INSIDE_SECONDS })],
  ["an aud list that contains this API's audience", () => withClaims({ aud: ["another-api", env.AUTH_AUDIENCE] })],
  ...["JWT", "at+jwt", "application/at+jwt"].map((typ): TokenCase => [`typ ${typ}`, () => signAsIdp(userClaims(), { typ })]),
];

const USER_TOKENS_REFUSED: TokenCase[] = [
  // Lifetime (RFC 9068 §2.2: exp is required, as these tokens cannot be revoked).
  ["a token that expired 45 s ago, beyond the 30 s tolerance", () => withClaims({ exp: nowSeconds() - 45 })],
  [`a token that expired ${OUTSIDE_SECONDS} s ago`, () => withClaims({ exp: nowSeconds() - OUTSIDE_SECONDS })],
  ["a token that expired an hour ago", () => userToken(uniqueUser(), { expiresIn: nowSeconds() - 3600 })],
  ["a token without exp", withoutClaim("exp")],
  ["a string exp", () => withClaims({ exp: "tomorrow" })],
  ["a string nbf", () => withClaims({ nbf: "yesterday" })],
  ["a token valid from 45 s ahead", () => withClaims({ nbf: nowSeconds() + 45 })],
  [`a token valid from ${OUTSIDE_SECONDS} s ahead`, () => withClaims({ nbf: nowSeconds() + OUTSIDE_SECONDS })],
  // Issuer, audience, subject.
  ...["https://evil.example", "https://idp.test.spacegate/", ""].map((iss): TokenCase => [`iss ${JSON.stringify(iss)}`, () => withClaims({ iss })]),
  ["a token without iss", withoutClaim("iss")],
  ...["another-api", "SPACEGATE-TEST", ""].map((aud): TokenCase => [`aud ${JSON.stringify(aud)}`, () => withClaims({ aud })]),
  ["a token without aud", withoutClaim("aud")],
  ["the zone as iss and aud", () => withClaims({ iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER })],
  ["a token without sub", () => userToken(undefined)],
  ["an empty sub", () => userToken("")],
  ...[42, null, ["user"]].map((sub): TokenCase => [`sub ${JSON.stringify(sub)}`, () => withClaims({ sub })]),
  // Algorithms and keys (RFC 8725 §2.1, §3.1, §3.2).
  ...NONE_SPELLINGS.map((alg): TokenCase => [
    `alg ${alg}, unsigned, with and without the trusted kid`,
    () => [unsignedToken({ alg, kid: userKid(), typ: "JWT" }, userClaims()), unsignedToken({ alg, typ: "JWT" }, userClaims())],
  ]),
  ...NONE_SPELLINGS.map((alg): TokenCase => [
    `alg ${alg} over a genuine token's kept signature`,
    async () => swapHeader(await signAsIdp(userClaims()), { alg, kid: userKid() }),
  ]),
  ...HMAC_ALGORITHMS.map((alg): TokenCase => [
    `${alg} keyed with every encoding of the identity provider's public key`,
    () => hmacForgeries(alg, idpPublicJwk(), env.AUTH_JWKS, userClaims(), { kid: userKid() }),
  ]),
  ...(["ES256", "EdDSA", "RS256"] as const).map((alg): TokenCase => [
    `a foreign ${alg} key that carries the trusted kid`,
    async () => signWith((await attackerKey(alg)).privateKey, userClaims(), { alg, kid: userKid() }),
  ]),
  ["a foreign key under an unknown kid", async () => signWith((await attackerKey()).privateKey, userClaims(), { alg: "ES256", kid: "unknown-kid" })],
  ["a foreign key without a kid", async () => signWith((await attackerKey()).privateKey, userClaims(), { alg: "ES256" })],
  [
    "an embedded jwk header naming the attacker's key, with and without the trusted kid",
    async () => {
      const { privateKey, publicJwk } = await attackerKey();
      return [
        await signWith(privateKey, userClaims(), { alg: "ES256", jwk: publicJwk }),
        await signWith(privateKey, userClaims(), { alg: "ES256", kid: userKid(), jwk: publicJwk }),
      ];
    },
  ],
  ...KEY_POINTER_HEADERS.map(([label, pointer]): TokenCase => [
    `a ${label} header pointing at the attacker's key`,
    async () => signWith((await attackerKey()).privateKey, userClaims(), { alg: "ES256", kid: userKid(), ...pointer }),
  ]),
  [
    "a genuine signature with an unknown crit extension, or an empty crit list",
    async () => [
      await signWithCrit(idpPrivateJwk(), userClaims(), {}, ["urn:example:unknown"]),
      await signEs256Raw(idpPrivateJwk(), { alg: "ES256", kid: userKid(), crit: [] }, userClaims()),
    ],
  ],
  // Tampering.
  ["a payload swapped to another user under a kept signature", async () => swapPayload(await signAsIdp(validUserClaims(uniqueUser("victim"))), userClaims())],
  [
    "a payload swapped to extend its own expiry under a kept signature",
    async () => {
      const original = { ...userClaims(), exp: nowSeconds() - 3600 };
      return swapPayload(await signAsIdp(original), { ...original, exp: nowSeconds() + 3600 });
    },
  ],
  ...[0, 20, 85].map((keep): TokenCase => [`the signature cut to ${keep} characters`, async () => truncateSignature(await signAsIdp(userClaims()), keep)]),
  [
    "a signature transplanted from another genuine token",
    async () => {
      const donor = splitToken(await signAsIdp(userClaims()));
      const recipient = splitToken(await signAsIdp(userClaims()));
      return `${recipient.header}.${recipient.payload}.${donor.signature}`;
    },
  ],
  // Token kinds (RFC 8725 §3.11: typ tells them apart; each kind is verified only with its own keys).
  ...["provider+jwt", "space-create+jwt", "application/provider+jwt", "Space-Create+JWT"].map((typ): TokenCase => [
    `an identity provider token with the zone's typ ${typ}`,
    () => signAsIdp(userClaims(), { typ }),
  ]),
  ...[undefined, "JWT", "at+jwt", "application/at+jwt"].map((typ): TokenCase => [
    `a zone-signed token with the user typ ${typ}, with user or provider claims`,
    async () => {
      const header = typ === undefined ? {} : { typ };
      return [await signAsZoneExactly(userClaims(), header), await signAsZoneExactly(providerClaims(), header)];
    },
  ]),
  ["a genuine space creation token", async () => spaceCreateToken(await userToken(uniqueUser()))],
  // Malformed and over-long.
  ...["abc", "a.b.c", "a.b", "....", "eyJhbGciOiJFUzI1NiJ9.e30"].map((token): TokenCase => [`the malformed token ${JSON.stringify(token)}`, () => token]),
  ["a genuine token padded past 16 KiB", () => withClaims({ padding: "x".repeat(MAX_TOKEN_CHARS) })],
  ["a genuine token of exactly 16 KiB + 1", () => userOfLength(MAX_TOKEN_CHARS + 1, uniqueUser())],
];

const PROVIDER_TOKENS_ACCEPTED: TokenCase[] = [
  ["the token issued at registration (the control case)", () => provider.token],
  ["a zone-signed copy of it", () => providerTokenFor(provider.providerId)],
  [`one that expired ${INSIDE_SECONDS} s ago`, () => providerTokenFor(provider.providerId, { exp: nowSeconds() - INSIDE_SECONDS })],
  [`one valid from ${INSIDE_SECONDS} s ahead`, () => providerTokenFor(provider.providerId, { nbf: nowSeconds() + INSIDE_SECONDS })],
];

const zoneSignedProvider = (change: Record<string, unknown>) => () => signAsZoneExactly({ ...providerClaims(), ...change } as JWTPayload, asProvider);

const PROVIDER_TOKENS_REFUSED: TokenCase[] = [
  ...NONE_SPELLINGS.map((alg): TokenCase => [`alg ${alg}, unsigned, typed provider+jwt with the zone's kid`, () => unsignedToken({ alg, kid: zoneKid(), ...asProvider }, providerClaims())]),
  ...NONE_SPELLINGS.map((alg): TokenCase => [`alg ${alg} over the genuine token's kept signature`, () => swapHeader(provider.token, { alg, kid: zoneKid(), ...asProvider })]),
  ...HMAC_ALGORITHMS.map((alg): TokenCase => [
    `${alg} keyed with every encoding of the zone's published key`,
    async () => {
      const served = await servedZoneJwks();
      const published = (JSON.parse(served) as { keys: JWK[] }).keys[0]!;
      return hmacForgeries(alg, published, served, providerClaims(), { kid: zoneKid(), ...asProvider });
    },
  ]),
  ...(["ES256", "EdDSA"] as const).map((alg): TokenCase => [
    `a foreign ${alg} key that carries the zone's kid`,
    async () => signWith((await attackerKey(alg)).privateKey, providerClaims(), { alg, kid: zoneKid(), ...asProvider }),
  ]),
  [
    "an embedded jwk header naming the attacker's key, with and without the zone's kid",
    async () => {
      const { privateKey, publicJwk } = await attackerKey();
      return [
        await signWith(privateKey, providerClaims(), { alg: "ES256", jwk: publicJwk, ...asProvider }),
        await signWith(privateKey, providerClaims(), { alg: "ES256", kid: zoneKid(), jwk: publicJwk, ...asProvider }),
      ];
    },
  ],
  ...KEY_POINTER_HEADERS.map(([label, pointer]): TokenCase => [
    `a ${label} header pointing at the attacker's key`,
    async () => signWith((await attackerKey()).privateKey, providerClaims(), { alg: "ES256", kid: zoneKid(), ...asProvider, ...pointer }),
  ]),
  ["a zone signature with an unknown crit extension", () => signWithCrit(zonePrivateJwk(), providerClaims(), asProvider, ["urn:example:unknown"])],
  ["a missing sub", zoneSignedProvider({ sub: undefined })],
  ["an empty sub", zoneSignedProvider({ sub: "" })],
  ["a missing aud", zoneSignedProvider({ aud: undefined })],
  ["the user-token audience", zoneSignedProvider({ aud: env.AUTH_AUDIENCE })],
  ["another zone as iss", zoneSignedProvider({ iss: "https://other-zone.example" })],
  ["the identity provider as iss", zoneSignedProvider({ iss: env.AUTH_ISSUER })],
  [`one that expired ${OUTSIDE_SECONDS} s ago`, () => providerTokenFor(provider.providerId, { exp: nowSeconds() - OUTSIDE_SECONDS })],
  [`one valid from ${OUTSIDE_SECONDS} s ahead`, () => providerTokenFor(provider.providerId, { nbf: nowSeconds() + OUTSIDE_SECONDS })],
  ["a payload swapped to another registered provider under a kept signature", () => swapPayload(provider.token, validProviderClaims(otherProvider.providerId))],
  ...[0, 20, 85].map((keep): TokenCase => [`the signature cut to ${keep} characters`, () => truncateSignature(provider.token, keep)]),
  ["a zone-signed space creation token whose sub is a registered provider", () => creationTokenFor(provider.providerId)],
  ...["provider+jwt", "application/provider+jwt", "Provider+JWT"].map((typ): TokenCase => [
    `an identity-provider-signed token typed ${typ} that names a registered provider`,
    async () => {
      const asUser = validUserClaims(provider.providerId);
      return [await signAsIdp(asUser, { typ }), await signAsIdp({ ...asUser, iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER }, { typ })];
    },
  ]),
  ["a zone-signed token for a provider that was never registered", () => providerTokenFor("f".repeat(32))],
  ["a genuine token of exactly 16 KiB + 1", () => providerOfLength(MAX_TOKEN_CHARS + 1)],
];

const BODY_TOKENS_ACCEPTED: TokenCase[] = [
  ["a token from GET /user/spaces/token (the control case)", async () => spaceCreateToken(await userToken(uniqueUser()))],
  [`one that expired ${INSIDE_SECONDS} s ago`, () => creationTokenFor(uniqueUser(), { exp: nowSeconds() - INSIDE_SECONDS })],
  [`one valid from ${INSIDE_SECONDS} s ahead`, () => creationTokenFor(uniqueUser(), { nbf: nowSeconds() + INSIDE_SECONDS })],
];

const BODY_TOKENS_REFUSED: TokenCase[] = [
  ["one that expired 120 s ago", () => creationTokenFor(uniqueUser(), { exp: nowSeconds() - 120 })],
  [`one that expired ${OUTSIDE_SECONDS} s ago`, () => creationTokenFor(uniqueUser(), { exp: nowSeconds() - OUTSIDE_SECONDS })],
  [`one valid from ${OUTSIDE_SECONDS} s ahead`, () => creationTokenFor(uniqueUser(), { nbf: nowSeconds() + OUTSIDE_SECONDS })],
  ["one without exp", () => creationTokenFor(uniqueUser(), { exp: undefined })],
  ["one without jti", () => creationTokenFor(uniqueUser(), { jti: undefined })],
  ["one from another zone, signed with this zone's key", () => creationTokenFor(uniqueUser(), { iss: "https://other-zone.example", aud: "https://other-zone.example" })],
  [
    "one signed by a foreign key under the zone's kid",
    async () => signWith((await attackerKey()).privateKey, validCreationClaims(uniqueUser()), { alg: "ES256", kid: zoneKid(), ...asCreation }),
  ],
  [
    "a genuine one with its payload swapped to another user",
    async () => {
      const genuine = await spaceCreateToken(await userToken(uniqueUser()));
      return swapPayload(genuine, { ...decodeJwt(genuine), sub: "someone-else" });
    },
  ],
  ["a user access token", () => userToken(uniqueUser())],
  ["a provider token, its own or another's", () => [provider.token, otherProvider.token]],
  ["a zone-signed provider+jwt shaped like a creation token (jti, exp)", () => signAsZoneExactly(validCreationClaims(uniqueUser()), asProvider)],
  [
    "an identity-provider-signed space-create+jwt",
    () => signAsIdp({ ...validCreationClaims(uniqueUser()), iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER }, asCreation),
  ],
  ["garbage", () => "not-a-jwt"],
  ["three garbage segments", () => "aaa.bbb.ccc"],
  ["a genuine one over 16 KiB", () => creationTokenFor(uniqueUser(), { pad: "x".repeat(MAX_TOKEN_CHARS) })],
];

describe("user access tokens", () => {
  it.each(USER_TOKENS_ACCEPTED)("accepts %s, in every header", async (_label, forge) => {
    for (const token of await forged(forge)) await expectUserTokenAccepted(token);
  });

  it.each(USER_TOKENS_REFUSED)("refuses %s: 401 invalid_token in every header, nothing written", async (_label, forge) => {
    for (const token of await forged(forge)) await expectUserTokenRefused(token);
  });

  it("refuses a genuine space creation token on every route that takes an access token", async () => {
    const creationToken = await spaceCreateToken(await userToken(uniqueUser()));
    for (const path of ["/user/spaces", "/provider/spaces", "/user/spaces/token"]) {
      await expectInvalidToken(await call(path, { headers: tokenHeaders("X-Auth-Token", creationToken) }));
    }
  });
});

describe("provider tokens (POST /spaces with a genuine creation token in the body)", () => {
  it.each(PROVIDER_TOKENS_ACCEPTED)("accepts %s, in every header", async (_label, forge) => {
    for (const token of await forged(forge)) await expectProviderTokenAccepted(token);
  });

  it.each(PROVIDER_TOKENS_REFUSED)("refuses %s: 401 invalid_token in every header, nothing written", async (_label, forge) => {
    for (const token of await forged(forge)) await expectProviderTokenRefused(token);
  });

  it("leaves the body's creation token unspent after a refusal: the genuine provider redeems it", async () => {
    const creationToken = await creationTokenFor(uniqueUser("victim"));
    const forgery = unsignedToken({ alg: "none", kid: zoneKid(), ...asProvider }, providerClaims());
    await expectInvalidToken(await postSpace("X-Auth-Token", forgery, { token: creationToken }));
    await expectSpaceCreated(await postSpace("X-Auth-Token", provider.token, { token: creationToken }));
  });

  it("after a barrage of forgeries against a real creation token, the provider still redeems it for its user", async () => {
    const user = uniqueUser("owner");
    const creationToken = await spaceCreateToken(await userToken(user));
    const forgeries = [
      unsignedToken({ alg: "none", typ: "provider+jwt" }, providerClaims()),
      truncateSignature(provider.token, 10),
      swapPayload(provider.token, validProviderClaims(otherProvider.providerId)),
    ];
    for (const token of forgeries) await expectInvalidToken(await callAs(token, "POST", "/spaces", { token: creationToken }));
    const created = await callAs(provider.token, "POST", "/spaces", { token: creationToken });
    expect(created.status).toBe(201);
    const read = await callAs(await userToken(user), "GET", `/spaces/${spaceIdFrom(created)}`);
    expect(await read.json()).toMatchObject({ creator: { type: "provider", id: provider.providerId } });
  });
});

describe("space creation tokens in a provider's POST /spaces body", () => {
  it.each(BODY_TOKENS_ACCEPTED)("accepts %s", async (_label, forge) => {
    for (const token of await forged(forge)) await expectBodyTokenAccepted(token);
  });

  it.each(BODY_TOKENS_REFUSED)("refuses %s: 400 invalid_token, nothing written", async (_label, forge) => {
    for (const token of await forged(forge)) await expectBodyTokenRefused(token);
  });

  it("makes the user a zone-signed token names the owner, so the refusals above are about the one claim changed", async () => {
    const user = uniqueUser();
    const response = await callAs(provider.token, "POST", "/spaces", { token: await creationTokenFor(user) });
    expect(response.status).toBe(201);
    const spaceId = spaceIdFrom(response);
    expect(await countRows("space_members", "user_id", user)).toBe(1);
    expect((await callAs(await userToken(user), "GET", `/spaces/${spaceId}`)).status).toBe(200);
  });
});

describe("the 16 KiB token limit, behind the HTTP layers", () => {
  /** Runs the worker's own authentication on a request carrying `token`. */
  function authenticateToken(token: string) {
    const request = Object.assign(new Request("https://spacegate.test/spaces", { headers: { "X-Auth-Token": token } }), {
      db: env.DB.withSession("first-primary"),
    });
    return authenticate(request as unknown as Parameters<typeof authenticate>[0], env);
  }

  it("authenticates a genuine user token of exactly 16 KiB, and refuses one of 16 KiB + 1 unread", async () => {
    const user = uniqueUser();
    await expect(authenticateToken(await userOfLength(MAX_TOKEN_CHARS, user))).resolves.toEqual({ kind: "user", id: user });
    await expect(authenticateToken(await userOfLength(MAX_TOKEN_CHARS + 1, user))).rejects.toMatchObject({ status: 401, code: "invalid_token" });
  });

  it("refuses a genuine provider token of 16 KiB + 1 unread", async () => {
    await expect(authenticateToken(await providerOfLength(MAX_TOKEN_CHARS + 1))).rejects.toMatchObject({ status: 401, code: "invalid_token" });
  });
});
