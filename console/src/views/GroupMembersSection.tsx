import { useApi } from "../api/ApiContext";
import { mySourcesAmong } from "../api/effective";
import { listGroupMembers, removeGroupMember, setGroupMemberPrivileges } from "../api/groupMembers";
import { GROUP_PRIVILEGE_LABELS } from "../api/groups";
import { listNestedGroups } from "../api/nestedGroups";
import { useLoad } from "../api/useLoad";
import { UserMemberList } from "../components/UserMemberList";

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
      <UserMemberList
        members={members}
        labels={GROUP_PRIVILEGE_LABELS}
        throughGroupsNote="change the nested group's privileges in this group (under Nested groups) to change these."
        save={(userId, privileges) => setGroupMemberPrivileges(api, groupId, userId, privileges)}
        remove={(userId) => removeGroupMember(api, groupId, userId)}
        removeLabel={(name) => `Remove ${name} from the group`}
      />
    </section>
  );
}
