import { exportJWK, generateKeyPair } from "jose";

/**
 * Fresh key material for one test run: an identity provider key pair (its
 * public half is the worker's AUTH_JWKS; the private half lets tests mint
 * user tokens) and the zone's signing key. Runs in Node, at config time.
 */
export async function createTestKeys() {
  const idp = await generateKeyPair("ES256", { extractable: true });
  const zone = await generateKeyPair("ES256", { extractable: true });
  const idpPublic = { ...(await exportJWK(idp.publicKey)), kid: "test-idp-1", alg: "ES256", use: "sig" };
  const idpPrivate = { ...(await exportJWK(idp.privateKey)), kid: "test-idp-1", alg: "ES256" };
  const zonePrivate = { ...(await exportJWK(zone.privateKey)), kid: "test-zone-1", alg: "ES256" };
  return {
    bindings: {
      AUTH_ISSUER: "https://idp.test.spacegate",
      AUTH_AUDIENCE: "spacegate-test",
      AUTH_JWKS: JSON.stringify({ keys: [idpPublic] }),
      AUTH_JWKS_URL: "",
      ZONE_ISSUER: "https://zone.test.spacegate",
      ZONE_SIGNING_KEY: JSON.stringify(zonePrivate),
      ZONE_VERIFY_KEYS: "",
      ADMIN_USERS: "admin,root",
      TEST_IDP_PRIVATE_JWK: JSON.stringify(idpPrivate),
    },
  };
}
