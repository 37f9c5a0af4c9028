import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { GROUP_TYPE_LABELS, type GroupDetails, issueGroupInviteToken, leaveGroup, readGroup } from "../api/groups";
import { useLoad } from "../api/useLoad";
import { ConfirmAction } from "../components/ConfirmAction";
import { ErrorText } from "../components/Feedback";
import { IssueToken } from "../components/IssueToken";
import { GroupMembersSection } from "./GroupMembersSection";
import { GroupSpacesSection } from "./GroupSpacesSection";
import { NestedGroupsSection } from "./NestedGroupsSection";

/** One group: its users and their privileges, an invite token, nested and parent groups, its spaces, and leaving it. */
export function GroupView({ groupId }: { groupId: string }) {
  const { api } = useApi();
  const [membersVersion, setMembersVersion] = useState(0);
  const group = useLoad(() => readGroup(api, groupId), groupId);
  if (!group.data) {
    return (
      <>
        <h1>Group</h1>
        {group.loading && <p aria-busy="true">Loading the group…</p>}
        <ErrorText context="Could not load the group" error={group.error} />
        <p>
          <a href="#/groups">Back to your groups</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <a href="#/groups">← Your groups</a>
      </p>
      <h1>{group.data.name}</h1>
      <p class="meta">
        {GROUP_TYPE_LABELS[group.data.type]} · Id <code>{group.data.groupId}</code>
      </p>
      <GroupMembersSection groupId={groupId} refreshKey={membersVersion} />
      <IssueToken
        heading="Invite someone to the group"
        explanation="Whoever joins with this token (under Groups, “Join a group”) becomes a user of the group who can view its data. It works once."
        button="Create group invite token"
        failure="Could not create a group invite token"
        tokenLabel="Group invite token"
        issue={() => issueGroupInviteToken(api, groupId)}
      />
      <NestedGroupsSection group={group.data} onChanged={() => setMembersVersion((version) => version + 1)} />
      <GroupSpacesSection group={group.data} />
      <LeaveGroup group={group.data} />
    </>
  );
}

function LeaveGroup({ group }: { group: GroupDetails }) {
  const { api } = useApi();
  return (
    <section aria-labelledby="leave-group-heading">
      <h2 id="leave-group-heading">Leave</h2>
      <ConfirmAction
        trigger="Leave group…"
        triggerVariant="secondary"
        question={`Leave “${group.name}”? You will need a new invitation to come back, and you lose what the group gives you in its spaces.`}
        confirm="Leave permanently"
        busyLabel="Leaving…"
        failure="Could not leave the group"
        run={() => leaveGroup(api, group.groupId)}
        onDone={() => (location.hash = "#/groups")}
      />
    </section>
  );
}
