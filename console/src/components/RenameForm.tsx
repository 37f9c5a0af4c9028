import { useState } from "preact/hooks";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText, StatusText } from "./Feedback";

/**
 * A section that renames something (a space, a group): the current name to
 * edit, the API's error in words next to it, and "Renamed." once it is done.
 * `what` names the thing in the button and the error ("space", "group").
 */
export function RenameForm(props: { what: string; name: string; rename: (name: string) => Promise<unknown>; onRenamed: () => Promise<void> }) {
  const [name, setName] = useState(props.name);
  const [renamed, setRenamed] = useState(false);
  const action = useAction();
  const inputId = `rename-${props.what}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    setRenamed(false);
    if (await action.run(() => props.rename(name.trim()))) {
      setRenamed(true);
      await props.onRenamed();
    }
  };
  return (
    <section aria-labelledby="rename-heading">
      <h2 id="rename-heading">Rename</h2>
      <form onSubmit={submit} class="inline-form">
        <label for={inputId}>New name</label>
        <input
          id={inputId}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          required
          maxLength={128}
          aria-invalid={action.error ? true : undefined}
        />
        <BusyButton busy={action.busy} label={`Rename ${props.what}`} busyLabel="Renaming…" />
      </form>
      <ErrorText context={`Could not rename the ${props.what}`} error={action.error} />
      {renamed && <StatusText>Renamed.</StatusText>}
    </section>
  );
}
