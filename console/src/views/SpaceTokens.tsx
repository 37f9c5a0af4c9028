import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { issueInviteToken, issueSupportToken } from "../api/members";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "../components/Feedback";
import { TokenField } from "../components/TokenField";

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

function IssueToken(props: { heading: string; explanation: string; button: string; failure: string; tokenLabel: string; issue: () => Promise<string> }) {
  const [token, setToken] = useState<string | null>(null);
  const action = useAction();
  const headingId = `${props.tokenLabel.replace(/\W/g, "-").toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <p>{props.explanation}</p>
      <BusyButton
        type="button"
        busy={action.busy}
        label={props.button}
        busyLabel="Creating…"
        onClick={() => void action.run(async () => setToken(await props.issue()))}
      />
      <ErrorText context={props.failure} error={action.error} />
      {token && <TokenField label={props.tokenLabel} token={token} />}
    </section>
  );
}
