import { useApi } from "../api/ApiContext";
import { setDefaultSpace } from "../api/members";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "../components/Feedback";

/** Makes a space the person's default space. */
export function DefaultSpaceButton({ spaceId, spaceName, onChanged }: { spaceId: string; spaceName: string; onChanged: () => Promise<void> }) {
  const { api } = useApi();
  const action = useAction();
  const makeDefault = async () => {
    if (await action.run(() => setDefaultSpace(api, spaceId))) await onChanged();
  };
  return (
    <>
      <BusyButton
        type="button"
        variant="secondary"
        busy={action.busy}
        label={`Make ${spaceName} my default`}
        busyLabel="Saving…"
        onClick={makeDefault}
      />
      <ErrorText context="Could not make it your default space" error={action.error} />
    </>
  );
}
