import { useApi } from "../api/ApiContext";
import { PRIVILEGE_LABELS } from "../api/members";
import { issueSpaceGroupInviteToken, listSpaceGroups, removeSpaceGroup, type SpaceGroup, setSpaceGroupPrivileges } from "../api/spaceGroups";
import { useLoad } from "../api/useLoad";
import { GroupMemberCard } from "../components/GroupMemberCard";
import { IssueToken } from "../components/IssueToken";
import { LoadedCards } from "../components/LoadedCards";
import { RemoveButton } from "../components/RemoveButton";

/**
 * The space's group members, each with the grid of its ten privileges in the
 * space (everyone in the group and its nested groups holds them), a way to
 * remove it, and a token that invites a group. `onChanged` tells the page
 * that effective privileges may have changed.
 */
export function SpaceGroupsSection({ spaceId, onChanged }: { spaceId: string; onChanged: () => void }) {
  const { api } = useApi();
  const groups = useLoad(() => listSpaceGroups(api, spaceId), `space-groups-${spaceId}`);
  const changed = async () => {
    await groups.reload();
    onChanged();
  };
  return (
    <>
      <section aria-labelledby="space-groups-heading">
        <h2 id="space-groups-heading">Groups</h2>
        <p class="hint">Everyone in a group, and in the groups nested in it, holds the group's privileges in this space.</p>
        <LoadedCards
          what="the groups"
          loading={groups.loading}
          error={groups.error}
          items={groups.data}
          empty="No group is a member of this space. Invite one with a token below."
          card={(group) => <SpaceGroupCard key={group.details.groupId} spaceId={spaceId} group={group} onSaved={onChanged} onRemoved={changed} />}
          refreshLabel="Refresh groups"
          onRefresh={() => void changed()}
        />
      </section>
      <IssueToken
        heading="Invite a group"
        explanation="A group joins this space with this token (on the group's page, “Join a space with this group”); everyone in it can then view the space's data. It works once."
        button="Create space invite token for a group"
        failure="Could not create a space invite token for a group"
        tokenLabel="Space invite token for a group"
        issue={() => issueSpaceGroupInviteToken(api, spaceId)}
      />
    </>
  );
}

function SpaceGroupCard(props: { spaceId: string; group: SpaceGroup; onSaved: () => void; onRemoved: () => Promise<void> }) {
  const { spaceId, group } = props;
  const { api } = useApi();
  const { groupId, name } = group.details;
  return (
    <GroupMemberCard
      group={group}
      labels={PRIVILEGE_LABELS}
      save={async (privileges) => {
        await setSpaceGroupPrivileges(api, spaceId, groupId, privileges);
        props.onSaved();
      }}
    >
      <RemoveButton
        label={`Remove the group ${name}`}
        failure={`Could not remove the group ${name}`}
        remove={() => removeSpaceGroup(api, spaceId, groupId)}
        onRemoved={props.onRemoved}
      />
    </GroupMemberCard>
  );
}
