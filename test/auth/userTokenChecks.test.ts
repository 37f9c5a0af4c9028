import { env } from "cloudflare:workers";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken, encodePayload, idpPrivateJwk, nowSeconds, signAsIdp, signWith, splitToken, unsignedToken, validUserClaims } from "../support/tokens";
import { expectInvalidToken, expectSpaceCreated } from "../support/expectApiError";

/** `POST /spaces` with the token in X-Auth-Token: 201 when the token is accepted. */
function createSpaceWith(token: string): Promise<Response> {
  return callAs(token, "POST", "/spaces");
}

/** The test identity provider's public JWK, as the worker holds it in AUTH_JWKS. */
function idpPublicJwk(): JWK {
  const { keys } = JSON.parse(env.AUTH_JWKS) as { keys: JWK[] };
  return keys[0]!;
}

describe("user tokens that are accepted", () => {
  it("accepts a fresh token signed by the identity provider (the control case)", async () => {
    await expectSpaceCreated(await createSpaceWith(await signAsIdp(validUserClaims(uniqueUser()))));
  });

  it("accepts a token that expired 10 s ago, within the 30 s clock tolerance", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), exp: nowSeconds() - 10 });
    await expectSpaceCreated(await createSpaceWith(token));
  });

  it("accepts a token valid from 10 s in the future, within the 30 s clock tolerance", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), nbf: nowSeconds() + 10 });
    await expectSpaceCreated(await createSpaceWith(token));
  });

  it("accepts an aud list that contains this API's audience", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), aud: ["another-api", env.AUTH_AUDIENCE] });
    await expectSpaceCreated(await createSpaceWith(token));
  });

  it.each(["JWT", "at+jwt", "application/at+jwt"])("accepts an identity provider token with typ %s", async (typ) => {
    const token = await signAsIdp(validUserClaims(uniqueUser()), { typ });
    await expectSpaceCreated(await createSpaceWith(token));
  });
});

describe("user tokens that are refused with 401 invalid_token", () => {
  it("refuses a token that expired 45 s ago, beyond the 30 s tolerance", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), exp: nowSeconds() - 45 });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token that expired an hour ago", async () => {
    const token = await userToken(uniqueUser(), { expiresIn: nowSeconds() - 3600 });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token without exp, which would otherwise never expire (RFC 9068 §2.2)", async () => {
    const { exp: _omitted, ...claims } = validUserClaims(uniqueUser());
    await expectInvalidToken(await createSpaceWith(await signAsIdp(claims)));
  });

  it.each([["a string exp", "tomorrow"], ["a string nbf", "yesterday"]])("refuses a token with %s", async (label, value) => {
    const claim = label.endsWith("exp") ? "exp" : "nbf";
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), [claim]: value });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token not valid until 45 s from now (nbf beyond the tolerance)", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), nbf: nowSeconds() + 45 });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it.each(["https://evil.example", `${"https://idp.test.spacegate"}/`, ""])("refuses a token issued by %j", async (iss) => {
    expect(iss).not.toBe(env.AUTH_ISSUER);
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), iss });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token without iss", async () => {
    const { iss: _omitted, ...claims } = validUserClaims(uniqueUser());
    await expectInvalidToken(await createSpaceWith(await signAsIdp(claims)));
  });

  it.each(["another-api", "SPACEGATE-TEST", ""])("refuses a token for audience %j", async (aud) => {
    expect(aud).not.toBe(env.AUTH_AUDIENCE);
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), aud });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token without aud", async () => {
    const { aud: _omitted, ...claims } = validUserClaims(uniqueUser());
    await expectInvalidToken(await createSpaceWith(await signAsIdp(claims)));
  });

  it.each(["none", "None", "NONE"])("refuses an unsigned token with alg %s", async (alg) => {
    const token = unsignedToken({ alg, typ: "JWT" }, validUserClaims(uniqueUser()));
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses an unsigned alg none token that names the identity provider's kid", async () => {
    const token = unsignedToken({ alg: "none", kid: idpPrivateJwk().kid }, validUserClaims(uniqueUser()));
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses an HS256 token keyed with the JSON of the identity provider's public key", async () => {
    const secret = new TextEncoder().encode(JSON.stringify(idpPublicJwk()));
    const token = await signWith(secret, validUserClaims(uniqueUser()), { alg: "HS256", kid: idpPrivateJwk().kid });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses an HS256 token keyed with the whole AUTH_JWKS document", async () => {
    const secret = new TextEncoder().encode(env.AUTH_JWKS);
    const token = await signWith(secret, validUserClaims(uniqueUser()), { alg: "HS256" });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token signed by an unknown key under an unknown kid", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const token = await signWith(privateKey, validUserClaims(uniqueUser()), { alg: "ES256", kid: "unknown-kid" });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token signed by a foreign key that claims the identity provider's kid", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const token = await signWith(privateKey, validUserClaims(uniqueUser()), { alg: "ES256", kid: idpPrivateJwk().kid });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token signed by a foreign key without a kid", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const token = await signWith(privateKey, validUserClaims(uniqueUser()), { alg: "ES256" });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token that carries its own verification key in the jwk header", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const jwk = await exportJWK(publicKey);
    const token = await signWith(privateKey, validUserClaims(uniqueUser()), { alg: "ES256", jwk });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token signed with the zone's own key that claims to be a user token", async () => {
    const zoneJwk = JSON.parse(env.ZONE_SIGNING_KEY) as JWK;
    const zoneKey = await importJWK(zoneJwk, "ES256");
    const token = await signWith(zoneKey, validUserClaims(uniqueUser()), { alg: "ES256", kid: zoneJwk.kid! });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const genuine = splitToken(await signAsIdp(validUserClaims(uniqueUser("victim"))));
    const forgedPayload = encodePayload(validUserClaims(uniqueUser("attacker")));
    const tampered = `${genuine.header}.${forgedPayload}.${genuine.signature}`;
    await expectInvalidToken(await createSpaceWith(tampered));
  });

  it("refuses a token whose signature was cut off", async () => {
    const genuine = splitToken(await signAsIdp(validUserClaims(uniqueUser())));
    await expectInvalidToken(await createSpaceWith(`${genuine.header}.${genuine.payload}.`));
  });

  it.each(["provider+jwt", "space-create+jwt", "application/provider+jwt", "Space-Create+JWT"])(
    "refuses an identity provider token with the zone's typ %s",
    async (typ) => {
      const token = await signAsIdp(validUserClaims(uniqueUser()), { typ });
      await expectInvalidToken(await createSpaceWith(token));
    },
  );

  it("refuses a genuine space creation token used as an access token", async () => {
    const issued = await callAs(await userToken(uniqueUser()), "GET", "/user/spaces/token");
    expect(issued.status).toBe(200);
    const { token } = (await issued.json()) as { token: string };
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token without sub", async () => {
    await expectInvalidToken(await createSpaceWith(await userToken(undefined)));
  });

  it("refuses a token with an empty sub", async () => {
    await expectInvalidToken(await createSpaceWith(await userToken("")));
  });

  it.each([42, null, ["user"]])("refuses a token with a non-string sub %j", async (sub) => {
    const claims = { ...validUserClaims("placeholder"), sub } as unknown as Record<string, unknown>;
    await expectInvalidToken(await createSpaceWith(await signAsIdp(claims)));
  });

  it("refuses a token with a critical header extension it does not understand", async () => {
    const jwk = idpPrivateJwk();
    const extension = "urn:example:unknown";
    const token = await new SignJWT(validUserClaims(uniqueUser()))
      .setProtectedHeader({ alg: "ES256", kid: jwk.kid, crit: [extension], [extension]: true })
      // The signer must be told it understands the extension; the worker is not.
      .sign(await importJWK(jwk, "ES256"), { crit: { [extension]: true } });
    await expectInvalidToken(await createSpaceWith(token));
  });

  it.each(["abc", "a.b.c", "a.b", "....", "eyJhbGciOiJFUzI1NiJ9.e30"])("refuses the malformed token %j", async (token) => {
    await expectInvalidToken(await createSpaceWith(token));
  });

  it("refuses a token longer than 16 KiB without verifying it", async () => {
    const token = await signAsIdp({ ...validUserClaims(uniqueUser()), padding: "x".repeat(16 * 1024) });
    await expectInvalidToken(await createSpaceWith(token));
  });
});
