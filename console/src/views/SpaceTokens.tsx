import { useApi } from "../api/ApiContext";
import { issueInviteToken, issueSupportToken } from "../api/members";
import { IssueToken } from "../components/IssueToken";

/** The two single-use tokens a member hands out for a space: an invitation and a provider's support. */
export function SpaceTokens({ spaceId }: { spaceId: string }) {
  const { api } = useApi();
  return (
    <>
      <IssueToken
        heading="Invite someone"
        explanation="Whoever joins with this token becomes a member who can view the space's data. It works once."
        button="Create invite token"
        failure="Could not create an invite token"
        tokenLabel="Invite token"
        issue={() => issueInviteToken(api, spaceId)}
      />
      <IssueToken
        heading="Get storage from a provider"
        explanation="A storage provider redeems this token to support the space with storage. It works once."
        button="Create support token"
        failure="Could not create a support token"
        tokenLabel="Support token"
        issue={() => issueSupportToken(api, spaceId)}
      />
    </>
  );
}
