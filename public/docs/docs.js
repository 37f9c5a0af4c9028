// The API reference at /docs/: Swagger UI (vendor/, copied from swagger-ui-dist by
// `npm run console:build`) over this zone's own /openapi.json. "Try it out" sends
// requests to this origin: the document's servers are relative ("/" and the 3.0 base path).
"use strict";

window.ui = SwaggerUIBundle({
  url: new URL("../openapi.json", window.location.href).href,
  dom_id: "#swagger-ui",
  // No deep links: Swagger UI puts each in a link inside the operation's button (nested interactive controls).
  deepLinking: false,
  // A token pasted into "Authorize" lives in this page's memory only: never written to
  // localStorage, gone when the page is closed or reloaded.
  persistAuthorization: false,
  // Nothing beyond this origin: no badge from the online validator, and no ?url= or
  // ?configUrl= that would load another document (and send it the pasted token).
  validatorUrl: null,
  queryConfigEnabled: false,
  // Tokens travel in headers, never cookies.
  withCredentials: false,
  displayRequestDuration: true,
  docExpansion: "list",
  defaultModelsExpandDepth: 0,
  // The default code theme (agate) has red text too faint on its dark ground [color-contrast].
  syntaxHighlight: { activated: true, theme: "obsidian" },
});

/**
 * Where Swagger UI's markup leaves a control without a name a screen reader can say (axe's
 * rule in brackets), the page mends it after each render; each mend is idempotent.
 */
const MENDS = [
  // The server choice sits in an empty <label> [select-name]: name it after the "Servers" title.
  ["#servers:not([aria-labelledby])", (choice) => {
    const title = document.querySelector(".servers-title");
    if (title === null) return;
    title.id = "servers-title";
    choice.setAttribute("aria-labelledby", title.id);
  }],
  // The Authorize dialog: a dialog role and name, a named close button [button-name], and
  // "Authorize" and "Logout" buttons whose aria-labels hide their own text [label-content-name-mismatch].
  [".modal-ux:not([role])", (dialog) => {
    const heading = dialog.querySelector(".modal-ux-header h3");
    if (heading !== null) {
      heading.id = "authorize-dialog-title";
      dialog.setAttribute("aria-labelledby", heading.id);
    }
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
  }],
  [".close-modal:not([aria-label])", (button) => button.setAttribute("aria-label", "Close")],
  [".auth-btn-wrapper button[aria-label]", (button) => button.removeAttribute("aria-label")],
  // Code that may scroll sideways (the curl command, bodies) is reachable by keyboard [scrollable-region-focusable].
  [".swagger-ui pre:not([tabindex])", (code) => code.setAttribute("tabindex", "0")],
  // Try it out: the request body's editor has no label [label].
  ["textarea.body-param__text:not([aria-label])", (editor) => editor.setAttribute("aria-label", "Request body")],
  // Two apiKey schemes share one input id, so the second label names the first input [duplicate-id-aria].
  [".auth-container", (container, index) => {
    const input = container.querySelector("input#api_key_value");
    const label = container.querySelector('label[for="api_key_value"]');
    if (input === null || label === null) return;
    input.id = `api_key_value_${index}`;
    label.htmlFor = input.id;
  }],
];

function mend() {
  for (const [selector, fix] of MENDS) document.querySelectorAll(selector).forEach(fix);
}
new MutationObserver(mend).observe(document.getElementById("swagger-ui"), { childList: true, subtree: true });
