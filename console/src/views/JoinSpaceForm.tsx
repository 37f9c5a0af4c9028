import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { joinSpace } from "../api/members";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { spaceHref } from "../router";

/** Joins a space with an invite token someone handed over. */
export function JoinSpaceForm({ onJoined }: { onJoined: () => Promise<void> }) {
  const { api } = useApi();
  const [token, setToken] = useState("");
  const [joined, setJoined] = useState<string | null>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setJoined(null);
    await action.run(async () => {
      setJoined(await joinSpace(api, token.trim()));
      setToken("");
      await onJoined();
    });
  };
  return (
    <section aria-labelledby="join-heading">
      <h2 id="join-heading">Join a space</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="join-token">Invite token</label>
        <input id="join-token" value={token} onInput={(event) => setToken(event.currentTarget.value)} required spellcheck={false} autocomplete="off" />
        <BusyButton busy={action.busy} label="Join space" busyLabel="Joining…" />
      </form>
      <ErrorText context="Could not join the space" error={action.error} />
      {joined && (
        <StatusText>
          Joined. <a href={spaceHref(joined)}>Open the space</a>.
        </StatusText>
      )}
    </section>
  );
}
