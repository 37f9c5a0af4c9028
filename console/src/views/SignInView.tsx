import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "../components/Feedback";
import { API_REFERENCE_URL } from "../components/Layout";

/** Shown to a person who is not signed in, whatever view they asked for; signing in brings them back to it. */
export function SignInView({ onSignIn, problem }: { onSignIn: () => Promise<void>; problem: string | null }) {
  const action = useAction();
  return (
    <main id="main" class="signin">
      <h1>Sign in to spacegate</h1>
      <p>Manage your spaces, invite colleagues and hand tokens to storage providers.</p>
      <ErrorText context="Sign-in failed" error={problem} />
      <BusyButton type="button" busy={action.busy} label="Sign in" busyLabel="Going to the sign-in page…" onClick={() => void action.run(onSignIn)} />
      <ErrorText context="Could not start signing in" error={action.error} />
      <p>
        Calling the API yourself? See the <a href={API_REFERENCE_URL}>API reference</a>.
      </p>
    </main>
  );
}
