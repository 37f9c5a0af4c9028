import { useApi } from "../api/ApiContext";
import { mySourcesAmong } from "../api/effective";
import { listMembers, PRIVILEGE_LABELS, removeMember, setPrivileges } from "../api/members";
import { listSpaceGroups, listUsersThroughGroups } from "../api/spaceGroups";
import { useLoad } from "../api/useLoad";
import { UserMemberList } from "../components/UserMemberList";

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
      <UserMemberList
        members={members}
        labels={PRIVILEGE_LABELS}
        throughGroupsNote="change the group's privileges in this space (under Groups) to change these."
        save={(userId, privileges) => setPrivileges(api, spaceId, userId, privileges)}
        remove={(userId) => removeMember(api, spaceId, userId)}
        removeLabel={(name) => `Remove ${name}`}
        empty="No user is a direct member of this space."
      />
      {members.data && <UsersThroughGroups userIds={members.data.throughGroups} />}
    </section>
  );
}

/** Users who are no direct members but reach the space through its groups; the API names them by id only. */
function UsersThroughGroups({ userIds }: { userIds: readonly string[] }) {
  const { session } = useApi();
  if (userIds.length === 0) return null;
  return (
    <>
      <h3 class="subheading">Members through groups only</h3>
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
