import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { formatSize } from "../api/format";
import { PRIVILEGE_LABELS, PRIVILEGES } from "../api/members";
import { createSpace, listMySpaces, type MySpace } from "../api/spaces";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { spaceHref } from "../router";
import { DefaultSpaceButton } from "./DefaultSpaceButton";
import { JoinSpaceForm } from "./JoinSpaceForm";

/** The person's spaces, and forms to create one or join one. */
export function SpacesView() {
  const { api, session } = useApi();
  const spaces = useLoad(() => listMySpaces(api, session.userId), "spaces");
  return (
    <>
      <h1>Your spaces</h1>
      <CreateSpaceForm onCreated={spaces.reload} />
      <JoinSpaceForm onJoined={spaces.reload} />
      <section aria-labelledby="space-list-heading">
        <h2 id="space-list-heading">Spaces you belong to</h2>
        <p class="hint">Your privileges include those your groups hold in the space.</p>
        <ErrorText context="Could not load your spaces" error={spaces.error} />
        {spaces.loading && !spaces.data && <p aria-busy="true">Loading your spaces…</p>}
        {spaces.data?.spaces.length === 0 && <p>You belong to no space yet. Create one, or join one with an invite token.</p>}
        {spaces.data && spaces.data.spaces.length > 0 && (
          <ul class="cards" aria-busy={spaces.loading}>
            {spaces.data.spaces.map((space) => (
              <SpaceCard
                key={space.details.spaceId}
                space={space}
                isDefault={space.details.spaceId === spaces.data!.defaultSpaceId}
                onChanged={spaces.reload}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function SpaceCard({ space, isDefault, onChanged }: { space: MySpace; isDefault: boolean; onChanged: () => Promise<void> }) {
  const { details, privileges } = space;
  const providers = Object.entries(details.providers);
  return (
    <li class="card" data-space-id={details.spaceId}>
      <h3>
        <a href={spaceHref(details.spaceId)}>{details.name}</a>
        {isDefault && <span class="badge">Default</span>}
      </h3>
      <p class="meta">
        Id <code>{details.spaceId}</code>
      </p>
      {space.throughGroups && <p class="meta">You reach this space through your groups.</p>}
      <p>
        <strong>Your privileges:</strong>{" "}
        {privileges === null
          ? "hidden (you may not view this space's data)"
          : privileges.length === PRIVILEGES.length
            ? "all ten"
            : PRIVILEGES.filter((privilege) => privileges.includes(privilege))
                .map((privilege) => PRIVILEGE_LABELS[privilege])
                .join(", ") || "none"}
      </p>
      <p>
        <strong>Providers:</strong>{" "}
        {providers.length === 0 ? "none yet" : providers.map(([id, size]) => `${id.slice(0, 8)}… (${formatSize(size)})`).join(", ")}
      </p>
      {!isDefault && !space.throughGroups && <DefaultSpaceButton spaceId={details.spaceId} spaceName={details.name} onChanged={onChanged} />}
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
