// The dev identity provider: a real OpenID Connect provider (oidc-provider) for local development and the
// browser tests. It signs with the dev identity-provider key of .dev.vars (DEV_IDP_PRIVATE_JWK) under
// AUTH_ISSUER, so its access tokens and those of `npm run token` verify alike, and it knows a few dev accounts.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
import Provider from "oidc-provider";
import { DEV_ADMIN_USER, DEV_CONSOLE_CLIENT_ID, DEV_SECOND_USER, DEV_USER } from "./devConfig.mjs";
import { renderLoginPage, renderSignOutPage } from "./devIdpPages.mjs";

/** The dev accounts; every one signs in with DEV_PASSWORD. Their ids are the `sub` of their tokens. */
export const DEV_ACCOUNTS = {
  [DEV_USER]: { name: "Dev User" },
  [DEV_ADMIN_USER]: { name: "Zone Admin" },
  [DEV_SECOND_USER]: { name: "Second User" },
};
export const DEV_PASSWORD = "dev";
/** The resource indicator (RFC 8707) that stands for this API; its access tokens carry `aud: AUTH_AUDIENCE`. */
export const DEV_API_RESOURCE = "urn:spacegate:api";

const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;

/**
 * Starts the dev identity provider on `port` with issuer `vars.AUTH_ISSUER`, registering the console
 * (`vars.CONSOLE_CLIENT_ID`, default DEV_CONSOLE_CLIENT_ID) with redirect URIs `{origin}/console/` for
 * each of `consoleOrigins`. Resolves once it listens; `close()` stops it.
 */
export async function startDevIdp({ port, host = "127.0.0.1", vars, consoleOrigins, accessTokenTtlSeconds = ACCESS_TOKEN_TTL_SECONDS }) {
  const provider = createDevProvider({ vars, consoleOrigins, accessTokenTtlSeconds });
  const handleOidc = provider.callback();
  const server = createServer((request, response) => {
    const interaction = /^\/interaction\/([\w-]+)$/.exec(new URL(request.url, "http://idp").pathname);
    if (!interaction) return handleOidc(request, response);
    handleInteraction(provider, request, response).catch((error) => {
      console.error("dev identity provider:", error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end("The dev identity provider failed; see its log.");
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    issuer: vars.AUTH_ISSUER,
    close: () => new Promise((resolve) => server.close(resolve)).then(() => server.closeAllConnections()),
  };
}

function createDevProvider({ vars, consoleOrigins, accessTokenTtlSeconds }) {
  const signingKey = JSON.parse(vars.DEV_IDP_PRIVATE_JWK);
  const redirectUris = consoleOrigins.map((origin) => `${origin}/console/`);
  const provider = new Provider(vars.AUTH_ISSUER, {
    jwks: { keys: [{ ...signingKey, use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    clients: [
      {
        client_id: vars.CONSOLE_CLIENT_ID || DEV_CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: redirectUris,
        id_token_signed_response_alg: signingKey.alg,
      },
    ],
    clientBasedCORS: (_ctx, origin) => consoleOrigins.includes(origin),
    claims: { openid: ["sub"], profile: ["name", "preferred_username"] },
    findAccount: (_ctx, accountId) => {
      const account = DEV_ACCOUNTS[accountId];
      if (!account) return undefined;
      return { accountId, claims: () => ({ sub: accountId, name: account.name, preferred_username: accountId }) };
    },
    // The worker shows a member's `name` claim (docs/design.md, GET /spaces/{id}/users/{uid}).
    extraTokenClaims: (_ctx, token) =>
      token.kind === "AccessToken" && DEV_ACCOUNTS[token.accountId] ? { name: DEV_ACCOUNTS[token.accountId].name } : undefined,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      IdToken: accessTokenTtlSeconds,
      Grant: 14 * 24 * 60 * 60,
      Interaction: 60 * 60,
      Session: 14 * 24 * 60 * 60,
      AuthorizationCode: 60,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: (ctx, form) => void (ctx.body = renderSignOutPage(form)) },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEV_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== DEV_API_RESOURCE) throw new Provider.errors.InvalidTarget();
          return {
            scope: "",
            audience: vars.AUTH_AUDIENCE,
            accessTokenFormat: "jwt",
            accessTokenTTL: accessTokenTtlSeconds,
            jwt: { sign: { alg: signingKey.alg } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = "text/plain";
      ctx.body = `The dev identity provider refused the request: ${out.error}: ${out.error_description ?? ""}`;
    },
  });
  return provider;
}

/** The login step checks a dev account; the consent step is granted at once (the console is first-party). */
async function handleInteraction(provider, request, response) {
  const details = await provider.interactionDetails(request, response);
  if (details.prompt.name === "consent") {
    const grantId = await grantConsent(provider, details);
    return provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  if (request.method !== "POST") return sendHtml(response, 200, renderLoginPage({ accounts: DEV_ACCOUNTS, password: DEV_PASSWORD }));
  const form = new URLSearchParams(await readBody(request));
  const accountId = form.get("username") ?? "";
  if (!Object.hasOwn(DEV_ACCOUNTS, accountId) || form.get("password") !== DEV_PASSWORD) {
    const page = renderLoginPage({ accounts: DEV_ACCOUNTS, password: DEV_PASSWORD, username: accountId, failed: true });
    return sendHtml(response, 401, page);
  }
  return provider.interactionFinished(request, response, { login: { accountId } }, { mergeWithLastSubmission: false });
}

async function grantConsent(provider, details) {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(" "));
  return grant.save();
}

function sendHtml(response, status, html) {
  response.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  response.end(html);
}

async function readBody(request) {
  let body = "";
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 16_384) throw new Error("login form too large");
  }
  return body;
}
