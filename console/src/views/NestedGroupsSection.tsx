import { useApi } from "../api/ApiContext";
import { GROUP_PRIVILEGE_LABELS, GROUP_TYPE_LABELS, type GroupDetails } from "../api/groups";
import { issueNestToken, joinAsChild, listNestedGroups, listParentGroups, removeNestedGroup, setNestedGroupPrivileges } from "../api/nestedGroups";
import { useLoad } from "../api/useLoad";
import { GroupMemberCard } from "../components/GroupMemberCard";
import { IssueToken } from "../components/IssueToken";
import { LoadedCards } from "../components/LoadedCards";
import { RemoveButton } from "../components/RemoveButton";
import { TokenJoinForm } from "../components/TokenJoinForm";
import { groupHref } from "../router";

/**
 * The groups nested in this one (each with its privileges here, which all its
 * effective users hold, and a way to take it out), the groups this one is nested in, a nest token, and
 * a form that nests this group into another with that group's nest token.
 */
export function NestedGroupsSection({ group, onChanged }: { group: GroupDetails; onChanged: () => void }) {
  const { api } = useApi();
  const family = useLoad(async () => {
    const [nested, parents] = await Promise.all([listNestedGroups(api, group.groupId), listParentGroups(api, group.groupId)]);
    return { nested, parents };
  }, `nested-${group.groupId}`);
  return (
    <>
      <section aria-labelledby="nested-heading">
        <h2 id="nested-heading">Nested groups</h2>
        <p class="hint">Everyone in a nested group is also an effective member of “{group.name}”, with the privileges the nested group holds here.</p>
        <LoadedCards
          what="the nested groups"
          loading={family.loading}
          error={family.error}
          items={family.data?.nested ?? null}
          empty="No group is nested in this one."
          card={(child) => (
            <GroupMemberCard
              key={child.details.groupId}
              group={child}
              labels={GROUP_PRIVILEGE_LABELS}
              save={async (privileges) => {
                await setNestedGroupPrivileges(api, group.groupId, child.details.groupId, privileges);
                onChanged();
              }}
            >
              <RemoveButton
                label={`Remove the nested group ${child.details.name}`}
                failure={`Could not remove the nested group ${child.details.name}`}
                remove={() => removeNestedGroup(api, group.groupId, child.details.groupId)}
                onRemoved={async () => {
                  await family.reload();
                  onChanged();
                }}
              />
            </GroupMemberCard>
          )}
          refreshLabel="Refresh nested groups"
          onRefresh={() => void family.reload()}
        />
        <h3 id="parents-heading" class="subheading">Nested in</h3>
        {family.data?.parents.length === 0 && <p>This group is not nested in another group.</p>}
        {family.data && family.data.parents.length > 0 && (
          <ul aria-labelledby="parents-heading">
            {family.data.parents.map((parent) => (
              <li key={parent.groupId}>
                <a href={groupHref(parent.groupId)}>{parent.name}</a> ({GROUP_TYPE_LABELS[parent.type]})
              </li>
            ))}
          </ul>
        )}
      </section>
      <IssueToken
        heading="Nest a group in this one"
        explanation="A group joins this one as a nested group with this token (on its own page, “Nest this group in another”). It works once."
        button="Create nest token"
        failure="Could not create a nest token"
        tokenLabel="Nest token"
        issue={() => issueNestToken(api, group.groupId)}
      />
      <TokenJoinForm
        id="nest-into"
        heading="Nest this group in another"
        explanation={`Paste a nest token from the other group's page: “${group.name}” becomes one of its nested groups, and its users become effective members of it.`}
        label="Nest token from the parent group"
        button="Nest this group"
        failure="Could not nest the group"
        join={(token) => joinAsChild(api, group.groupId, token)}
        openLabel="Open the parent group"
        openHref={groupHref}
        onJoined={family.reload}
      />
    </>
  );
}
