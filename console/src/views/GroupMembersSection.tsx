import { useApi } from "../api/ApiContext";
import { mySourcesAmong, onlyThroughGroups, type PrivilegeSource } from "../api/effective";
import { type GroupMember, listGroupMembers, removeGroupMember, setGroupMemberPrivileges } from "../api/groupMembers";
import { GROUP_PRIVILEGE_LABELS, type GroupPrivilege } from "../api/groups";
import { listNestedGroups } from "../api/nestedGroups";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText } from "../components/Feedback";
import { PrivilegeEditor } from "../components/PrivilegeEditor";

/**
 * The group's direct users, each with a grid of the 13 group privileges to
 * edit (those held only through nested groups marked and explained) and a
 * way to remove them.
 */
export function GroupMembersSection({ groupId, refreshKey }: { groupId: string; refreshKey: number }) {
  const { api } = useApi();
  const members = useLoad(async () => {
    const [list, nested] = await Promise.all([listGroupMembers(api, groupId), listNestedGroups(api, groupId)]);
    return { list, mySources: await mySourcesAmong(api, nested) };
  }, `group-members-${groupId}-${refreshKey}`);
  return (
    <section aria-labelledby="group-members-heading">
      <h2 id="group-members-heading">Members</h2>
      <ErrorText context="Could not load the members" error={members.error} />
      {members.loading && !members.data && <p aria-busy="true">Loading the members…</p>}
      {members.data && (
        <ul class="cards members" aria-busy={members.loading}>
          {members.data.list.map((member) => (
            <GroupMemberCard key={member.userId} groupId={groupId} member={member} mySources={members.data!.mySources} onChanged={members.reload} />
          ))}
        </ul>
      )}
      <button type="button" class="secondary" onClick={() => void members.reload()} disabled={members.loading}>
        {members.loading ? "Refreshing…" : "Refresh members"}
      </button>
    </section>
  );
}

function GroupMemberCard(props: {
  groupId: string;
  member: GroupMember;
  mySources: readonly PrivilegeSource<GroupPrivilege>[];
  onChanged: () => Promise<void>;
}) {
  const { groupId, member } = props;
  const { api, session } = useApi();
  const remove = useAction();
  const isMe = member.userId === session.userId;
  const displayName = isMe ? `${member.name} (you)` : member.name;
  return (
    <li class="card member" data-user-id={member.userId}>
      <h3>{displayName}</h3>
      <p class="meta">
        Id <code>{member.userId}</code>
      </p>
      <PrivilegeEditor
        key={`${member.privileges.join()}/${member.effective.join()}`}
        subject={displayName}
        labels={GROUP_PRIVILEGE_LABELS}
        held={member.privileges}
        throughGroups={onlyThroughGroups(member.privileges, member.effective, isMe ? props.mySources : [])}
        throughGroupsNote="change the nested group's privileges in this group (under Nested groups) to change these."
        save={(privileges) => setGroupMemberPrivileges(api, groupId, member.userId, privileges)}
      />
      {!isMe && (
        <BusyButton
          type="button"
          variant="danger"
          busy={remove.busy}
          label={`Remove ${member.name} from the group`}
          busyLabel="Removing…"
          onClick={async () => {
            if (await remove.run(() => removeGroupMember(api, groupId, member.userId))) await props.onChanged();
          }}
        />
      )}
      <ErrorText context={`Could not remove ${member.name}`} error={remove.error} />
    </li>
  );
}
