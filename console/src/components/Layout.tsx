import type { ComponentChildren } from "preact";
import type { Route } from "../router";

const NAVIGATION = [
  { href: "#/", label: "Spaces", views: ["spaces", "space"], administrators: false },
  { href: "#/groups", label: "Groups", views: ["groups", "group"], administrators: false },
  { href: "#/tokens", label: "Tokens", views: ["tokens"], administrators: false },
  { href: "#/providers", label: "Providers", views: ["providers"], administrators: true },
] as const;

/** The interactive API reference (Swagger UI over /openapi.json), beside the console at /docs/. */
export const API_REFERENCE_URL = "../docs/";

/** The signed-in frame: skip link, navigation, who is signed in, sign-out, and the view. */
export function Layout(props: {
  route: Route;
  userName: string;
  userId: string;
  administrator: boolean;
  onSignOut: () => void;
  children: ComponentChildren;
}) {
  return (
    <>
      <a class="skip" href="#main" onClick={(event) => (event.preventDefault(), document.getElementById("main")?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">spacegate console</span>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.filter((item) => props.administrator || !item.administrators).map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={(item.views as readonly string[]).includes(props.route.view) ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href={API_REFERENCE_URL}>API reference</a>
            </li>
          </ul>
        </nav>
        <div class="who">
          <span title={props.userId}>Signed in as {props.userName}</span>
          <button type="button" class="secondary" onClick={props.onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
