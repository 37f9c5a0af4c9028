import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { formatSize } from "../api/format";
import { createSpace, listMySpaces, type SpaceDetails } from "../api/spaces";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { spaceHref } from "../router";

/** The person's spaces, and a form to create one. */
export function SpacesView() {
  const { api } = useApi();
  const spaces = useLoad(() => listMySpaces(api), "spaces");
  return (
    <>
      <h1>Your spaces</h1>
      <CreateSpaceForm onCreated={spaces.reload} />
      <section aria-labelledby="space-list-heading">
        <h2 id="space-list-heading">Spaces you belong to</h2>
        <ErrorText context="Could not load your spaces" error={spaces.error} />
        {spaces.loading && !spaces.data && <p aria-busy="true">Loading your spaces…</p>}
        {spaces.data?.length === 0 && <p>You belong to no space yet. Create one above.</p>}
        {spaces.data && spaces.data.length > 0 && (
          <ul class="cards" aria-busy={spaces.loading}>
            {spaces.data.map((space) => (
              <SpaceCard key={space.spaceId} space={space} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function SpaceCard({ space }: { space: SpaceDetails }) {
  const providers = Object.entries(space.providers);
  return (
    <li class="card">
      <h3>
        <a href={spaceHref(space.spaceId)}>{space.name}</a>
      </h3>
      <p class="meta">
        Id <code>{space.spaceId}</code>
      </p>
      <p>
        {providers.length === 0
          ? "No provider supports it yet."
          : `Supported by ${providers.map(([id, size]) => `${id.slice(0, 8)}… (${formatSize(size)})`).join(", ")}`}
      </p>
    </li>
  );
}

function CreateSpaceForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { api } = useApi();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setCreated(null);
    const ok = await action.run(async () => {
      await createSpace(api, name.trim());
      await onCreated();
    });
    if (ok) {
      setCreated(name.trim() || "Unnamed space");
      setName("");
    }
  };
  return (
    <section aria-labelledby="create-space-heading">
      <h2 id="create-space-heading">Create a space</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="new-space-name">Name</label>
        <input
          id="new-space-name"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          maxLength={128}
          aria-describedby="new-space-name-hint"
          aria-invalid={action.error ? true : undefined}
        />
        <BusyButton busy={action.busy} label="Create space" busyLabel="Creating…" />
      </form>
      <p id="new-space-name-hint" class="hint">
        2 to 128 letters, digits, brackets, underscores, dashes, spaces or dots. Leave it empty for “Unnamed space”.
      </p>
      <ErrorText context="Could not create the space" error={action.error} />
      {created && <StatusText>Created the space “{created}”.</StatusText>}
    </section>
  );
}
