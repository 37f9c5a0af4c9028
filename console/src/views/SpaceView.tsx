import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { formatSize, formatTime } from "../api/format";
import { leaveSpace, readDefaultSpace } from "../api/members";
import { deleteSpace, readSpace, renameSpace, type SpaceDetails } from "../api/spaces";
import { useLoad } from "../api/useLoad";
import { ConfirmSection } from "../components/ConfirmSection";
import { ErrorText } from "../components/Feedback";
import { RenameForm } from "../components/RenameForm";
import { DefaultSpaceButton } from "./DefaultSpaceButton";
import { MembersSection } from "./MembersSection";
import { SpaceGroupsSection } from "./SpaceGroupsSection";
import { SpaceTokens } from "./SpaceTokens";

/** One space: its details, members and groups with their privileges, tokens to hand out, rename, leave and delete. */
export function SpaceView({ spaceId }: { spaceId: string }) {
  const { api } = useApi();
  const [membersVersion, setMembersVersion] = useState(0);
  const space = useLoad(async () => {
    const [details, defaultSpaceId] = await Promise.all([readSpace(api, spaceId), readDefaultSpace(api)]);
    return { ...details, isDefault: defaultSpaceId === spaceId };
  }, spaceId);
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
      <SpaceFacts space={space.data} isDefault={space.data.isDefault} onChanged={space.reload} />
      <MembersSection spaceId={spaceId} refreshKey={membersVersion} />
      <SpaceGroupsSection spaceId={spaceId} onChanged={() => setMembersVersion((version) => version + 1)} />
      <SpaceTokens spaceId={spaceId} />
      <RenameForm what="space" name={space.data.name} rename={(name) => renameSpace(api, spaceId, name)} onRenamed={space.reload} />
      <ConfirmSection
        id="leave-heading"
        heading="Leave"
        trigger="Leave space…"
        triggerVariant="secondary"
        question={`Leave “${space.data.name}”? You will need a new invitation to come back.`}
        confirm="Leave permanently"
        busyLabel="Leaving…"
        failure="Could not leave the space"
        run={() => leaveSpace(api, spaceId)}
        onDone={() => (location.hash = "#/")}
      />
      <ConfirmSection
        id="delete-heading"
        heading="Delete"
        trigger="Delete space…"
        question={`Delete “${space.data.name}” for every member and provider? This cannot be undone.`}
        confirm="Delete permanently"
        busyLabel="Deleting…"
        failure="Could not delete the space"
        run={() => deleteSpace(api, spaceId)}
        onDone={() => (location.hash = "#/")}
      />
    </>
  );
}

function SpaceFacts({ space, isDefault, onChanged }: { space: SpaceDetails; isDefault: boolean; onChanged: () => Promise<void> }) {
  const providers = Object.entries(space.providers);
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">Details</h2>
      <dl class="facts">
        <dt>Id</dt>
        <dd>
          <code>{space.spaceId}</code>
        </dd>
        <dt>Default</dt>
        <dd>
          {isDefault ? (
            "This is your default space."
          ) : (
            <DefaultSpaceButton spaceId={space.spaceId} spaceName={space.name} onChanged={onChanged} />
          )}
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
