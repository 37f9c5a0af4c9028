import * as oauth from "oauth4webapi";
import { type ConsoleConfig, consoleUrl } from "../config";
import { clearSession, loadSession, saveSession } from "./session";

/** What survives the trip to the identity provider: PKCE verifier, state, and where the person was. */
interface PendingSignIn {
  readonly verifier: string;
  readonly state: string;
  readonly returnTo: string;
}

const PENDING_KEY = "spacegate.signin";
const DEFAULT_TOKEN_LIFETIME_SECONDS = 300;

let discovered: Promise<oauth.AuthorizationServer> | undefined;
/** Several requests may find the token refused at once; only the first starts a sign-in. */
let signInStarted = false;
// Coming back with the browser's Back button restores this page as it was: let the person start again.
addEventListener("pageshow", (event) => {
  if (event.persisted) signInStarted = false;
});

/** Plain http is allowed only for an issuer on this machine (the dev identity provider). */
function requestOptions(issuer: URL) {
  const local = issuer.hostname === "localhost" || issuer.hostname === "127.0.0.1" || issuer.hostname === "[::1]";
  return { [oauth.allowInsecureRequests]: local && issuer.protocol === "http:" };
}

function requireSignInSettings(config: ConsoleConfig): { issuer: URL; client: oauth.Client } {
  if (!config.issuer || !config.clientId) {
    throw new Error("Sign-in is not configured on this zone: AUTH_ISSUER and CONSOLE_CLIENT_ID must be set.");
  }
  return { issuer: new URL(config.issuer), client: { client_id: config.clientId } };
}

async function authorizationServer(issuer: URL): Promise<oauth.AuthorizationServer> {
  discovered ??= oauth
    .discoveryRequest(issuer, requestOptions(issuer))
    .then((response) => oauth.processDiscoveryResponse(issuer, response));
  return discovered.catch((error: unknown) => {
    discovered = undefined;
    throw error;
  });
}

/** Sends the person to the identity provider (authorization code with PKCE); `returnTo` is the view to come back to. */
export async function startSignIn(config: ConsoleConfig, returnTo: string): Promise<void> {
  if (signInStarted) return;
  const { issuer, client } = requireSignInSettings(config);
  signInStarted = true;
  const as = await authorizationServer(issuer).catch((error: unknown) => {
    signInStarted = false;
    throw error;
  });
  const verifier = oauth.generateRandomCodeVerifier();
  const pending: PendingSignIn = { verifier, state: oauth.generateRandomState(), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: consoleUrl(),
    response_type: "code",
    scope: config.scopes,
    state: pending.state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.href);
}

/**
 * Finishes a sign-in when the identity provider has just sent the person back
 * (`?code=…&state=…`): redeems the code, stores the tokens, and restores the
 * view they started from. Does nothing on an ordinary page load.
 */
export async function completeSignIn(config: ConsoleConfig): Promise<void> {
  const current = new URL(location.href);
  if (!current.searchParams.has("code") && !current.searchParams.has("error")) return;
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(null, "", consoleUrl() + (stored ? (JSON.parse(stored) as PendingSignIn).returnTo : ""));
  if (!stored) throw new Error("This sign-in was not started here, or was already finished. Sign in again.");
  const pending = JSON.parse(stored) as PendingSignIn;
  const { issuer, client } = requireSignInSettings(config);
  const as = await authorizationServer(issuer);
  const options = requestOptions(issuer);
  const params = oauth.validateAuthResponse(as, client, current, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, consoleUrl(), pending.verifier, options);
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  const claims = oauth.getValidatedIdTokenClaims(result);
  const userId = claims?.sub ?? subjectOf(result.access_token);
  saveSession({
    accessToken: result.access_token,
    expiresAt: Date.now() + (result.expires_in ?? DEFAULT_TOKEN_LIFETIME_SECONDS) * 1000,
    ...(result.id_token && { idToken: result.id_token }),
    userId,
    name: typeof claims?.["name"] === "string" ? claims["name"] : userId,
  });
}

/** Forgets the tokens, then ends the identity provider's session too when it offers RP-initiated logout. */
export async function signOut(config: ConsoleConfig): Promise<void> {
  const idToken = loadSession()?.idToken;
  clearSession();
  const { issuer, client } = requireSignInSettings(config);
  const as = await authorizationServer(issuer).catch(() => undefined);
  if (!as?.end_session_endpoint) {
    location.assign(consoleUrl());
    return;
  }
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    post_logout_redirect_uri: consoleUrl(),
    ...(idToken && { id_token_hint: idToken }),
  }).toString();
  location.assign(url.href);
}

/** The `sub` of a JWT access token, for an identity provider that sends no ID token. */
function subjectOf(accessToken: string): string {
  try {
    const payload = JSON.parse(atob(accessToken.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { sub?: unknown };
    return typeof payload.sub === "string" ? payload.sub : "unknown";
  } catch {
    return "unknown";
  }
}
