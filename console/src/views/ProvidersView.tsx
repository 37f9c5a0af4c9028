import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { type Provider, readProvider, registerProvider, type RegisteredProvider, revokeProvider } from "../api/providers";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { TokenField } from "../components/TokenField";

/** Zone administrators register storage providers, look them up and revoke them. */
export function ProvidersView() {
  const [registered, setRegistered] = useState<NamedRegistration[]>([]);
  return (
    <>
      <h1>Providers</h1>
      <p>Only zone administrators (ADMIN_USERS) can register and revoke storage providers; others are refused.</p>
      <RegisterProvider onRegistered={(provider) => setRegistered((list) => [provider, ...list])} />
      {registered.length > 0 && (
        <section aria-labelledby="registered-heading">
          <h2 id="registered-heading">Registered just now</h2>
          <ul class="cards">
            {registered.map((provider) => (
              <li key={provider.providerId} class="card">
                <ProviderCard provider={provider} />
                <TokenField label="Provider token" token={provider.token} note="It is shown only now: hand it to the provider." />
              </li>
            ))}
          </ul>
        </section>
      )}
      <FindProvider />
    </>
  );
}

/** A registration and the name it was made with (the answer carries only the id and the token). */
type NamedRegistration = RegisteredProvider & { readonly name: string };

function RegisterProvider({ onRegistered }: { onRegistered: (provider: NamedRegistration) => void }) {
  const { api } = useApi();
  const [name, setName] = useState("");
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    await action.run(async () => {
      onRegistered({ ...(await registerProvider(api, name.trim())), name: name.trim() });
      setName("");
    });
  };
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Register a provider</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="provider-name">Provider name</label>
        <input id="provider-name" value={name} onInput={(event) => setName(event.currentTarget.value)} required maxLength={128} />
        <BusyButton busy={action.busy} label="Register provider" busyLabel="Registering…" />
      </form>
      <ErrorText context="Could not register the provider" error={action.error} />
    </section>
  );
}

function FindProvider() {
  const { api } = useApi();
  const [providerId, setProviderId] = useState("");
  const [found, setFound] = useState<Provider | null>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setFound(null);
    await action.run(async () => setFound(await readProvider(api, providerId.trim())));
  };
  return (
    <section aria-labelledby="find-heading">
      <h2 id="find-heading">Find a provider</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="find-provider">Provider id</label>
        <input id="find-provider" value={providerId} onInput={(event) => setProviderId(event.currentTarget.value)} required spellcheck={false} />
        <BusyButton busy={action.busy} label="Find provider" busyLabel="Looking…" />
      </form>
      <ErrorText context="Could not find the provider" error={action.error} />
      {found && (
        <div class="card">
          <ProviderCard provider={found} />
        </div>
      )}
    </section>
  );
}

function ProviderCard({ provider }: { provider: Provider }) {
  const { api } = useApi();
  const [revoked, setRevoked] = useState(false);
  const action = useAction();
  const revoke = async () => {
    if (await action.run(() => revokeProvider(api, provider.providerId))) setRevoked(true);
  };
  return (
    <>
      <h3>{provider.name}</h3>
      <p class="meta">
        Id <code>{provider.providerId}</code>
      </p>
      {revoked ? (
        <StatusText>Revoked: its token no longer works.</StatusText>
      ) : (
        <BusyButton type="button" variant="danger" busy={action.busy} label={`Revoke ${provider.name}`} busyLabel="Revoking…" onClick={revoke} />
      )}
      <ErrorText context="Could not revoke the provider" error={action.error} />
    </>
  );
}
