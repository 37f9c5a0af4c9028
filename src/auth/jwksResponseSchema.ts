import * as v from "valibot";

// A published zone key: public JWK members only (`toPublicJwk`), never `d` or other private parts.
const PublicJwkSchema = v.strictObject({
  kty: v.string(),
  crv: v.optional(v.string()),
  x: v.optional(v.string()),
  y: v.optional(v.string()),
  n: v.optional(v.string()),
  e: v.optional(v.string()),
  kid: v.optional(v.string()),
  alg: v.optional(v.string()),
  use: v.optional(v.string()),
});

/** `GET /.well-known/jwks.json`: the zone's public keys, current first (RFC 7517 §5). */
export const JwksSchema = v.pipe(v.strictObject({ keys: v.array(PublicJwkSchema) }), v.title("Jwks"));
