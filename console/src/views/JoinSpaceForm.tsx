import { useApi } from "../api/ApiContext";
import { joinSpace } from "../api/members";
import { TokenJoinForm } from "../components/TokenJoinForm";
import { spaceHref } from "../router";

/** Joins a space with an invite token someone handed over. */
export function JoinSpaceForm({ onJoined }: { onJoined: () => Promise<void> }) {
  const { api } = useApi();
  return (
    <TokenJoinForm
      id="join"
      heading="Join a space"
      label="Invite token"
      button="Join space"
      failure="Could not join the space"
      join={(token) => joinSpace(api, token)}
      openLabel="Open the space"
      openHref={spaceHref}
      onJoined={onJoined}
    />
  );
}
