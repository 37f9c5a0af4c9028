import { useState } from "preact/hooks";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "./Feedback";
import { TokenField } from "./TokenField";

/** A section that creates a single-use token on request and shows it with a copy button and its expiry. */
export function IssueToken(props: {
  heading: string;
  explanation: string;
  button: string;
  failure: string;
  tokenLabel: string;
  issue: () => Promise<string>;
}) {
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
