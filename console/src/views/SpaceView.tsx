import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { formatSize, formatTime } from "../api/format";
import { deleteSpace, readSpace, renameSpace, type SpaceDetails } from "../api/spaces";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";

/** One space: its details, rename and delete. */
export function SpaceView({ spaceId }: { spaceId: string }) {
  const { api } = useApi();
  const space = useLoad(() => readSpace(api, spaceId), spaceId);
  if (!space.data) {
    return (
      <>
        <h1>Space</h1>
        {space.loading && <p aria-busy="true">Loading the space…</p>}
        <ErrorText context="Could not load the space" error={space.error} />
        <p>
          <a href="#/">Back to your spaces</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <a href="#/">← Your spaces</a>
      </p>
      <h1>{space.data.name}</h1>
      <SpaceFacts space={space.data} />
      <RenameForm space={space.data} onRenamed={space.reload} />
      <DeleteSpace space={space.data} />
    </>
  );
}

function SpaceFacts({ space }: { space: SpaceDetails }) {
  const providers = Object.entries(space.providers);
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">Details</h2>
      <dl class="facts">
        <dt>Id</dt>
        <dd>
          <code>{space.spaceId}</code>
        </dd>
        <dt>Created</dt>
        <dd>
          {formatTime(space.creationTime)} by {space.creator.type} <code>{space.creator.id}</code>
        </dd>
        <dt>Providers</dt>
        <dd>
          {providers.length === 0 ? (
            "None yet: give a provider a support token, or create the space through one with a space creation token."
          ) : (
            <ul>
              {providers.map(([id, size]) => (
                <li key={id}>
                  <code>{id}</code>: {formatSize(size)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

function RenameForm({ space, onRenamed }: { space: SpaceDetails; onRenamed: () => Promise<void> }) {
  const { api } = useApi();
  const [name, setName] = useState(space.name);
  const [renamed, setRenamed] = useState(false);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setRenamed(false);
    if (await action.run(() => renameSpace(api, space.spaceId, name.trim()))) {
      setRenamed(true);
      await onRenamed();
    }
  };
  return (
    <section aria-labelledby="rename-heading">
      <h2 id="rename-heading">Rename</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="rename-space">New name</label>
        <input id="rename-space" value={name} onInput={(event) => setName(event.currentTarget.value)} required maxLength={128} />
        <BusyButton busy={action.busy} label="Rename space" busyLabel="Renaming…" />
      </form>
      <ErrorText context="Could not rename the space" error={action.error} />
      {renamed && <StatusText>Renamed.</StatusText>}
    </section>
  );
}

function DeleteSpace({ space }: { space: SpaceDetails }) {
  const { api } = useApi();
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const remove = async () => {
    if (await action.run(() => deleteSpace(api, space.spaceId))) location.hash = "#/";
  };
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      {!confirming ? (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete space…
        </button>
      ) : (
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete “{space.name}” for every member and provider? This cannot be undone.
          </p>
          <BusyButton type="button" variant="danger" busy={action.busy} label="Delete permanently" busyLabel="Deleting…" onClick={remove} />
          <button type="button" class="secondary" onClick={() => setConfirming(false)} disabled={action.busy}>
            Cancel
          </button>
        </div>
      )}
      <ErrorText context="Could not delete the space" error={action.error} />
    </section>
  );
}
