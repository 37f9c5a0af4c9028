import { useApi } from "../api/ApiContext";
import { mySourcesAmong, onlyThroughGroups, type PrivilegeSource } from "../api/effective";
import { listMembers, type Member, type Privilege, PRIVILEGE_LABELS, removeMember, setPrivileges } from "../api/members";
import { listSpaceGroups, listUsersThroughGroups } from "../api/spaceGroups";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText } from "../components/Feedback";
import { PrivilegeEditor } from "../components/PrivilegeEditor";

/**
 * The space's members, each with a grid of the ten privileges to edit (those
 * held only through groups marked and explained), a way to remove them, and
 * the users who reach the space only through its groups.
 */
export function MembersSection({ spaceId, refreshKey }: { spaceId: string; refreshKey: number }) {
  const { api } = useApi();
  const members = useLoad(async () => {
    const [list, groups] = await Promise.all([listMembers(api, spaceId), listSpaceGroups(api, spaceId)]);
    const [mySources, throughGroups] = await Promise.all([
      mySourcesAmong(api, groups),
      listUsersThroughGroups(api, spaceId, list.map((member) => member.userId)),
    ]);
    return { list, mySources, throughGroups };
  }, `members-${spaceId}-${refreshKey}`);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ErrorText context="Could not load the members" error={members.error} />
      {members.loading && !members.data && <p aria-busy="true">Loading the members…</p>}
      {members.data && (
        <>
          <ul class="cards members" aria-busy={members.loading}>
            {members.data.list.map((member) => (
              <MemberCard key={member.userId} spaceId={spaceId} member={member} mySources={members.data!.mySources} onChanged={members.reload} />
            ))}
          </ul>
          <UsersThroughGroups userIds={members.data.throughGroups} />
        </>
      )}
      <button type="button" class="secondary" onClick={() => void members.reload()} disabled={members.loading}>
        {members.loading ? "Refreshing…" : "Refresh members"}
      </button>
    </section>
  );
}

function MemberCard(props: { spaceId: string; member: Member; mySources: readonly PrivilegeSource<Privilege>[]; onChanged: () => Promise<void> }) {
  const { spaceId, member } = props;
  const { api, session } = useApi();
  const remove = useAction();
  const isMe = member.userId === session.userId;
  const displayName = isMe ? `${member.name} (you)` : member.name;
  const removeFromSpace = async () => {
    if (await remove.run(() => removeMember(api, spaceId, member.userId))) await props.onChanged();
  };
  return (
    <li class="card member" data-user-id={member.userId}>
      <h3>{displayName}</h3>
      <p class="meta">
        Id <code>{member.userId}</code>
      </p>
      <PrivilegeEditor
        key={`${member.privileges.join()}/${member.effective.join()}`}
        subject={displayName}
        labels={PRIVILEGE_LABELS}
        held={member.privileges}
        throughGroups={onlyThroughGroups(member.privileges, member.effective, isMe ? props.mySources : [])}
        throughGroupsNote="change the group's privileges in this space (under Groups) to change these."
        save={(privileges) => setPrivileges(api, spaceId, member.userId, privileges)}
      />
      {!isMe && (
        <BusyButton type="button" variant="danger" busy={remove.busy} label={`Remove ${member.name}`} busyLabel="Removing…" onClick={removeFromSpace} />
      )}
      <ErrorText context={`Could not remove ${member.name}`} error={remove.error} />
    </li>
  );
}

/** Users who are no direct members but reach the space through its groups; the API names them by id only. */
function UsersThroughGroups({ userIds }: { userIds: readonly string[] }) {
  const { session } = useApi();
  if (userIds.length === 0) return null;
  return (
    <>
      <h3>Members through groups only</h3>
      <p class="hint">They hold privileges in this space only through the groups below; change those groups' privileges to change theirs.</p>
      <ul>
        {userIds.map((userId) => (
          <li key={userId}>
            <code>{userId}</code>
            {userId === session.userId && " (you)"}
          </li>
        ))}
      </ul>
    </>
  );
}
