// The dev identity provider's two pages: the login form and the sign-out step.

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem;background:#f4f6f8;color:#1b1f24}
main{max-width:24rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:8px;box-shadow:0 1px 3px #0003}
h1{font-size:1.3rem;margin-top:0}label{display:block;margin-top:1rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
button{margin-top:1.25rem;width:100%;padding:.6rem;font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:4px;cursor:pointer}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}.error{color:#b91c1c;font-weight:600}code{background:#eef;padding:0 .2rem}`;

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The login form; `failed` shows why the last attempt was refused. */
export function renderLoginPage({ accounts, password, username = "", failed = false }) {
  const list = Object.entries(accounts)
    .map(([id, { name }]) => `<li><code>${escapeHtml(id)}</code> (${escapeHtml(name)})</li>`)
    .join("");
  return page(
    "Sign in: spacegate dev identity provider",
    `<h1>Sign in to the spacegate dev identity provider</h1>
${failed ? `<p class="error" role="alert">Unknown account or wrong password.</p>` : ""}
<form method="post">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required autofocus value="${escapeHtml(username)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p>Dev accounts, all with the password <code>${escapeHtml(password)}</code>:</p><ul>${list}</ul>`,
  );
}

/** The sign-out step: oidc-provider's confirmation form, submitted at once (the console asked for it). */
export function renderSignOutPage(form) {
  return page(
    "Signing out",
    `<h1>Signing out…</h1>${form}<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button></noscript>
<script>const f=document.getElementById("op.logoutForm");const i=document.createElement("input");i.type="hidden";i.name="logout";i.value="yes";f.append(i);f.submit();</script>`,
  );
}
