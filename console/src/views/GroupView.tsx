import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { readEffectiveGroupPrivileges } from "../api/groupMembers";
import { deleteGroup, GROUP_TYPE_LABELS, issueGroupInviteToken, leaveGroup, readGroup, renameGroup } from "../api/groups";
import { useLoad } from "../api/useLoad";
import { ConfirmSection } from "../components/ConfirmSection";
import { ErrorText } from "../components/Feedback";
import { IssueToken } from "../components/IssueToken";
import { RenameForm } from "../components/RenameForm";
import { GroupMembersSection } from "./GroupMembersSection";
import { GroupSpacesSection } from "./GroupSpacesSection";
import { NestedGroupsSection } from "./NestedGroupsSection";

/**
 * One group: its users and their privileges, an invite token, nested and
 * parent groups, its spaces, and leaving it; renaming and deleting it for
 * those who hold `group_change_data` and `group_remove` there (their
 * effective privileges, as the API answers them).
 */
export function GroupView({ groupId }: { groupId: string }) {
  const { api, session } = useApi();
  const [membersVersion, setMembersVersion] = useState(0);
  const group = useLoad(async () => {
    const [details, mine] = await Promise.all([readGroup(api, groupId), readEffectiveGroupPrivileges(api, groupId, session.userId)]);
    return { details, mine };
  }, groupId);
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
  const { details, mine } = group.data;
  return (
    <>
      <p>
        <a href="#/groups">← Your groups</a>
      </p>
      <h1>{details.name}</h1>
      <p class="meta">
        {GROUP_TYPE_LABELS[details.type]} · Id <code>{details.groupId}</code>
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
      <NestedGroupsSection group={details} onChanged={() => setMembersVersion((version) => version + 1)} />
      <GroupSpacesSection group={details} />
      {mine.includes("group_change_data") && (
        <RenameForm what="group" name={details.name} rename={(name) => renameGroup(api, groupId, name)} onRenamed={group.reload} />
      )}
      <ConfirmSection
        id="leave-group-heading"
        heading="Leave"
        trigger="Leave group…"
        triggerVariant="secondary"
        question={`Leave “${details.name}”? You will need a new invitation to come back, and you lose what the group gives you in its spaces.`}
        confirm="Leave permanently"
        busyLabel="Leaving…"
        failure="Could not leave the group"
        run={() => leaveGroup(api, groupId)}
        onDone={() => (location.hash = "#/groups")}
      />
      {mine.includes("group_remove") && (
        <ConfirmSection
          id="delete-group-heading"
          heading="Delete"
          trigger="Delete group…"
          question={`Delete “${details.name}” for everyone in it? Its users, nested groups and spaces lose what it gave them. This cannot be undone.`}
          confirm="Delete group permanently"
          busyLabel="Deleting…"
          failure="Could not delete the group"
          run={() => deleteGroup(api, groupId)}
          onDone={() => (location.hash = "#/groups")}
        />
      )}
    </>
  );
}
