import { useState } from "preact/hooks";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText, StatusText } from "./Feedback";

/**
 * A section whose form redeems a token someone handed over (to join a space
 * or a group, nest a group, or bring a group into a space), then says so
 * with a link to what was joined.
 */
export function TokenJoinForm(props: {
  /** Unique on the page: names the heading and the field. */
  id: string;
  heading: string;
  explanation?: string;
  label: string;
  button: string;
  failure: string;
  join: (token: string) => Promise<string>;
  /** The link shown after "Joined.": its words, and its target given the id that was joined. */
  openLabel: string;
  openHref: (id: string) => string;
  onJoined: () => Promise<void>;
}) {
  const [token, setToken] = useState("");
  const [joined, setJoined] = useState<string | null>(null);
  const action = useAction();
  const submit = async (event: Event) => {
    event.preventDefault();
    setJoined(null);
    await action.run(async () => {
      setJoined(await props.join(token.trim()));
      setToken("");
      await props.onJoined();
    });
  };
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.explanation && <p>{props.explanation}</p>}
      <form onSubmit={submit} class="inline-form">
        <label for={`${props.id}-token`}>{props.label}</label>
        <input
          id={`${props.id}-token`}
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          required
          spellcheck={false}
          autocomplete="off"
        />
        <BusyButton busy={action.busy} label={props.button} busyLabel="Joining…" />
      </form>
      <ErrorText context={props.failure} error={action.error} />
      {joined !== null && (
        <StatusText>
          Joined. <a href={props.openHref(joined)}>{props.openLabel}</a>.
        </StatusText>
      )}
    </section>
  );
}
