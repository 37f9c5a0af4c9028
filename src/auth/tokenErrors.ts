import { errors } from "jose";
import { ApiError } from "../http/ApiError";

/**
 * jose error codes that mean "this token is not acceptable", as opposed to an
 * outage (ERR_JWKS_TIMEOUT) or a bug. We switch on `code`, never on messages.
 */
const REJECTED_TOKEN_CODES = new Set([
  "ERR_JWT_EXPIRED",
  "ERR_JWT_CLAIM_VALIDATION_FAILED",
  "ERR_JWT_INVALID",
  "ERR_JWS_INVALID",
  "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
  "ERR_JOSE_ALG_NOT_ALLOWED",
  "ERR_JOSE_NOT_SUPPORTED",
  "ERR_JWKS_NO_MATCHING_KEY",
  "ERR_JWKS_MULTIPLE_MATCHING_KEYS",
  "ERR_JWK_INVALID",
]);

/**
 * A `.catch` handler for token verification: a jose verdict against the token
 * itself becomes `rejection()`; anything else (an unreachable JWKS origin, a
 * bug) is rethrown and ends as a 500.
 */
export function rejectedTokenAs(rejection: () => ApiError): (thrown: unknown) => never {
  return (thrown) => {
    throw thrown instanceof errors.JOSEError && REJECTED_TOKEN_CODES.has(thrown.code) ? rejection() : thrown;
  };
}

/** The 401 for an access token that is invalid, expired or revoked (RFC 6750 §3.1). */
export function invalidAccessToken(description = "The access token is invalid, expired or revoked."): ApiError {
  return new ApiError(401, "invalid_token", description, {
    "WWW-Authenticate": 'Bearer error="invalid_token"',
  });
}

/** The 401 for a request that carries no access token (RFC 6750 §3). */
export function missingAccessToken(): ApiError {
  return new ApiError(401, "unauthorized", "This operation needs an access token.", {
    "WWW-Authenticate": "Bearer",
  });
}
