import { useApi } from "../api/ApiContext";
import type { GroupDetails } from "../api/groups";
import { createSpaceForGroup, issueGroupSpaceCreateToken, joinSpaceAsGroup, leaveSpaceAsGroup, listGroupSpaces } from "../api/groupSpaces";
import { useCreateForm } from "../api/useCreateForm";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { IssueToken } from "../components/IssueToken";
import { RemoveButton } from "../components/RemoveButton";
import { TokenJoinForm } from "../components/TokenJoinForm";
import { spaceHref } from "../router";

/**
 * The spaces the group is a member of (each with a way for the group to leave
 * it), a form that creates a space for the group, a space creation token for
 * a provider, and a form that brings the group into a space with a token from it.
 */
export function GroupSpacesSection({ group }: { group: GroupDetails }) {
  const { api } = useApi();
  const spaces = useLoad(() => listGroupSpaces(api, group.groupId), `group-spaces-${group.groupId}`);
  return (
    <>
      <section aria-labelledby="group-spaces-heading">
        <h2 id="group-spaces-heading">Spaces of this group</h2>
        <ErrorText context="Could not load the group's spaces" error={spaces.error} />
        {spaces.loading && !spaces.data && <p aria-busy="true">Loading the group's spaces…</p>}
        {spaces.data?.length === 0 && <p>The group is a member of no space yet.</p>}
        {spaces.data && spaces.data.length > 0 && (
          <ul aria-busy={spaces.loading}>
            {spaces.data.map((space) => (
              <li key={space.spaceId}>
                <a href={spaceHref(space.spaceId)}>{space.name}</a> <code>{space.spaceId}</code>{" "}
                <RemoveButton
                  label={`Leave the space ${space.name}`}
                  busyLabel="Leaving…"
                  failure={`Could not leave the space ${space.name}`}
                  remove={() => leaveSpaceAsGroup(api, group.groupId, space.spaceId)}
                  onRemoved={spaces.reload}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreateGroupSpace group={group} onCreated={spaces.reload} />
      <IssueToken
        heading="Let a provider create a space for this group"
        explanation={`A storage provider redeems this token to create a space whose one member is “${group.name}”, with all ten privileges, supported with its storage. It works once.`}
        button="Create space creation token for this group"
        failure="Could not create a space creation token for the group"
        tokenLabel="Space creation token for this group"
        issue={() => issueGroupSpaceCreateToken(api, group.groupId)}
      />
      <TokenJoinForm
        id="group-join-space"
        heading="Join a space with this group"
        explanation={`Paste a token from the space's page (“Invite a group”): “${group.name}” becomes a member of the space, and everyone in it can view the space's data.`}
        label="Space invite token for a group"
        button="Join space with this group"
        failure="Could not join the space"
        join={(token) => joinSpaceAsGroup(api, group.groupId, token)}
        openLabel="Open the space"
        openHref={spaceHref}
        onJoined={spaces.reload}
      />
    </>
  );
}

function CreateGroupSpace({ group, onCreated }: { group: GroupDetails; onCreated: () => Promise<void> }) {
  const { api } = useApi();
  const { name, setName, created, action, submit } = useCreateForm((name) => createSpaceForGroup(api, group.groupId, name), onCreated, "Unnamed space");
  return (
    <section aria-labelledby="group-space-heading">
      <h2 id="group-space-heading">Create a space for this group</h2>
      <p>“{group.name}” becomes the space's one member, with all ten privileges: everyone in it reaches the space.</p>
      <form onSubmit={submit} class="inline-form">
        <label for="group-space-name">Space name</label>
        <input id="group-space-name" value={name} onInput={(event) => setName(event.currentTarget.value)} maxLength={128} />
        <BusyButton busy={action.busy} label="Create space for this group" busyLabel="Creating…" />
      </form>
      <ErrorText context="Could not create the space" error={action.error} />
      {created && (
        <StatusText>
          Created the space “{created.name}”. <a href={spaceHref(created.id)}>Open the space</a>.
        </StatusText>
      )}
    </section>
  );
}
