import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { createGroup, GROUP_TYPE_LABELS, type GroupType, joinGroup, listMyGroups, type MyGroup } from "../api/groups";
import { useCreateForm } from "../api/useCreateForm";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";
import { TokenJoinForm } from "../components/TokenJoinForm";
import { groupHref } from "../router";
import { AllGroupsSection } from "./AllGroupsSection";

const GROUP_TYPES = Object.keys(GROUP_TYPE_LABELS) as GroupType[];

/** The person's groups, forms to create one or join one with an invite token, and for zone administrators every group. */
export function GroupsView({ administrator }: { administrator: boolean }) {
  const { api } = useApi();
  const groups = useLoad(() => listMyGroups(api), "groups");
  return (
    <>
      <h1>Your groups</h1>
      <p>
        A group gathers people (and other groups, nested in it) so that a space can be granted to all of them at once:
        everyone in a group, and in the groups nested in it, holds the group's privileges in its spaces.
      </p>
      <CreateGroupForm onCreated={groups.reload} />
      <TokenJoinForm
        id="join-group"
        heading="Join a group"
        label="Group invite token"
        button="Join group"
        failure="Could not join the group"
        join={(token) => joinGroup(api, token)}
        openLabel="Open the group"
        openHref={groupHref}
        onJoined={groups.reload}
      />
      <section aria-labelledby="group-list-heading">
        <h2 id="group-list-heading">Groups you belong to</h2>
        <ErrorText context="Could not load your groups" error={groups.error} />
        {groups.loading && !groups.data && <p aria-busy="true">Loading your groups…</p>}
        {groups.data?.length === 0 && <p>You belong to no group yet. Create one, or join one with a group invite token.</p>}
        {groups.data && groups.data.length > 0 && (
          <ul class="cards" aria-busy={groups.loading}>
            {groups.data.map((group) => (
              <GroupCard key={group.groupId} group={group} />
            ))}
          </ul>
        )}
      </section>
      {administrator && <AllGroupsSection />}
    </>
  );
}

function GroupCard({ group }: { group: MyGroup }) {
  return (
    <li class="card" data-group-id={group.groupId}>
      <h3>
        <a href={groupHref(group.groupId)}>{group.details?.name ?? "A group you may not view"}</a>
        {group.details && <span class="badge">{GROUP_TYPE_LABELS[group.details.type]}</span>}
      </h3>
      <p class="meta">
        Id <code>{group.groupId}</code>
      </p>
    </li>
  );
}

function CreateGroupForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { api } = useApi();
  const [type, setType] = useState<GroupType>("team");
  const { name, setName, created, action, submit } = useCreateForm((name) => createGroup(api, name, type), onCreated);
  return (
    <section aria-labelledby="create-group-heading">
      <h2 id="create-group-heading">Create a group</h2>
      <form onSubmit={submit} class="inline-form">
        <label for="new-group-name">Group name</label>
        <input
          id="new-group-name"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          required
          maxLength={128}
          aria-describedby="new-group-name-hint"
          aria-invalid={action.error ? true : undefined}
        />
        <label for="new-group-type">Type</label>
        <select id="new-group-type" value={type} onChange={(event) => setType(event.currentTarget.value as GroupType)}>
          {GROUP_TYPES.map((option) => (
            <option key={option} value={option}>
              {GROUP_TYPE_LABELS[option]}
            </option>
          ))}
        </select>
        <BusyButton busy={action.busy} label="Create group" busyLabel="Creating…" />
      </form>
      <p id="new-group-name-hint" class="hint">
        2 to 128 letters, digits, brackets, underscores, dashes, spaces or dots. You will hold all 13 group privileges.
      </p>
      <ErrorText context="Could not create the group" error={action.error} />
      {created && (
        <StatusText>
          Created the group “{created.name}”. <a href={groupHref(created.id)}>Open the group</a>.
        </StatusText>
      )}
    </section>
  );
}
