import { useApi } from "../api/ApiContext";
import type { GroupDetails } from "../api/groups";
import { joinSpaceAsGroup, listGroupSpaces } from "../api/groupSpaces";
import { useLoad } from "../api/useLoad";
import { ErrorText } from "../components/Feedback";
import { TokenJoinForm } from "../components/TokenJoinForm";
import { spaceHref } from "../router";

/** The spaces the group is a member of, and a form that brings the group into a space with a token from that space. */
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
                <a href={spaceHref(space.spaceId)}>{space.name}</a> <code>{space.spaceId}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
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
