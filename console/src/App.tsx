import { useMemo, useState } from "preact/hooks";
import { ApiContext } from "./api/ApiContext";
import { createSpacegateApi, type SpacegateApi } from "./api/client";
import { useLoad } from "./api/useLoad";
import { isZoneAdministrator } from "./api/zone";
import { startSignIn, signOut } from "./auth/oidc";
import { clearSession, isExpired, loadSession, type Session } from "./auth/session";
import { Layout } from "./components/Layout";
import type { ConsoleConfig } from "./config";
import { type Route, useRoute } from "./router";
import { GroupsView } from "./views/GroupsView";
import { GroupView } from "./views/GroupView";
import { ProvidersView } from "./views/ProvidersView";
import { SignInView } from "./views/SignInView";
import { SpacesView } from "./views/SpacesView";
import { SpaceView } from "./views/SpaceView";
import { TokensView } from "./views/TokensView";

/**
 * The console: without a session every view shows the sign-in page; with one,
 * the view the URL fragment names. An expired or refused token clears the
 * session and starts a new sign-in that comes back to the same view.
 */
export function App({ config, signInProblem }: { config: ConsoleConfig; signInProblem: string | null }) {
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(() => {
    const stored = loadSession();
    if (stored && isExpired(stored)) {
      clearSession();
      void startSignIn(config, location.hash);
      return null;
    }
    return stored;
  });
  const api = useMemo(
    () =>
      createSpacegateApi(
        config.apiBase,
        () => loadSession()?.accessToken ?? null,
        () => {
          clearSession();
          setSession(null);
          void startSignIn(config, location.hash);
        },
      ),
    [config],
  );
  if (!session) return <SignInView problem={signInProblem} onSignIn={() => startSignIn(config, location.hash)} />;
  return (
    <ApiContext.Provider value={{ api, session }}>
      <SignedIn api={api} route={route} session={session} onSignOut={() => void signOut(config)} />
    </ApiContext.Provider>
  );
}

/** The signed-in frame; the Providers view is in the navigation of zone administrators only. */
function SignedIn({ api, route, session, onSignOut }: { api: SpacegateApi; route: Route; session: Session; onSignOut: () => void }) {
  const administrator = useLoad(() => isZoneAdministrator(api), session.userId);
  return (
    <Layout
      route={route}
      userName={session.name}
      userId={session.userId}
      administrator={administrator.data === true}
      onSignOut={onSignOut}
    >
      {route.view === "spaces" && <SpacesView />}
      {route.view === "space" && <SpaceView key={route.spaceId} spaceId={route.spaceId} />}
      {route.view === "groups" && <GroupsView administrator={administrator.data === true} />}
      {route.view === "group" && <GroupView key={route.groupId} groupId={route.groupId} />}
      {route.view === "tokens" && <TokensView />}
      {route.view === "providers" && <ProvidersView />}
      {route.view === "not-found" && (
        <>
          <h1>Nothing here</h1>
          <p>
            This page does not exist. <a href="#/">Go to your spaces</a>.
          </p>
        </>
      )}
    </Layout>
  );
}
