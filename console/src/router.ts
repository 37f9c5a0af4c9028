import { useEffect, useState } from "preact/hooks";

/** The console's views. The route lives in the URL fragment, so every view is a file the host already serves. */
export type Route =
  | { readonly view: "spaces" }
  | { readonly view: "space"; readonly spaceId: string }
  | { readonly view: "groups" }
  | { readonly view: "group"; readonly groupId: string }
  | { readonly view: "tokens" }
  | { readonly view: "providers" }
  | { readonly view: "not-found" };

/** Parses `#/…` into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  if (path === "/") return { view: "spaces" };
  if (path === "/groups") return { view: "groups" };
  if (path === "/tokens") return { view: "tokens" };
  if (path === "/providers") return { view: "providers" };
  const space = /^\/spaces\/([0-9a-f]{32})$/.exec(path);
  if (space) return { view: "space", spaceId: space[1]! };
  const group = /^\/groups\/([0-9a-f]{32})$/.exec(path);
  if (group) return { view: "group", groupId: group[1]! };
  return { view: "not-found" };
}

/** The current route, following `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", follow);
    return () => removeEventListener("hashchange", follow);
  }, []);
  return route;
}

/** The link to a space's page. */
export function spaceHref(spaceId: string): string {
  return `#/spaces/${spaceId}`;
}

/** The link to a group's page. */
export function groupHref(groupId: string): string {
  return `#/groups/${groupId}`;
}
