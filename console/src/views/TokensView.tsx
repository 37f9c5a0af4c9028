import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { issueSpaceCreateToken } from "../api/tokens";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "../components/Feedback";
import { TokenField } from "../components/TokenField";

/** Tokens the person hands to others: a space creation token for a storage provider. */
export function TokensView() {
  const { api } = useApi();
  const [providerId, setProviderId] = useState("");
  const [token, setToken] = useState<string | null>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setToken(null);
    await action.run(async () => setToken(await issueSpaceCreateToken(api, providerId.trim())));
  };
  return (
    <>
      <h1>Tokens</h1>
      <section aria-labelledby="create-token-heading">
        <h2 id="create-token-heading">Let a provider create a space for you</h2>
        <p>
          A storage provider redeems this token to create a space that you own, supported with its storage. It works
          once.
        </p>
        <form onSubmit={submit} class="inline-form">
          <label for="token-provider">Provider id (optional)</label>
          <input
            id="token-provider"
            value={providerId}
            onInput={(event) => setProviderId(event.currentTarget.value)}
            aria-describedby="token-provider-hint"
            spellcheck={false}
          />
          <BusyButton busy={action.busy} label="Create space creation token" busyLabel="Creating…" />
        </form>
        <p id="token-provider-hint" class="hint">
          Give a provider id to let only that provider redeem the token.
        </p>
        <ErrorText context="Could not create a space creation token" error={action.error} />
        {token && <TokenField label="Space creation token" token={token} />}
      </section>
      <p>Invite and support tokens for a space are on that space's page.</p>
    </>
  );
}
