import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "./Feedback";

/**
 * A button that removes one item of a list (a group from a space, a nested
 * group, a space from a group) and then reloads the list; the API's refusal
 * shows in words beside it.
 */
export function RemoveButton(props: { label: string; busyLabel?: string; failure: string; remove: () => Promise<unknown>; onRemoved: () => Promise<void> | void }) {
  const action = useAction();
  return (
    <>
      <BusyButton
        type="button"
        variant="danger"
        busy={action.busy}
        label={props.label}
        busyLabel={props.busyLabel ?? "Removing…"}
        onClick={async () => {
          if (await action.run(props.remove)) await props.onRemoved();
        }}
      />
      <ErrorText context={props.failure} error={action.error} />
    </>
  );
}
