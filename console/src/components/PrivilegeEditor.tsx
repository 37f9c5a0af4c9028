import { useId, useState } from "preact/hooks";
import type { ThroughGroups } from "../api/effective";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText, StatusText } from "./Feedback";

/**
 * A grid of checkboxes, one per privilege, that replaces a member's (user's
 * or group's) direct privileges on save. Privileges held only through groups
 * are marked in words beside their box and explained under the grid, so that
 * unticking a box is never mistaken for taking them away.
 */
export function PrivilegeEditor<P extends string>(props: {
  subject: string;
  labels: Readonly<Record<P, string>>;
  held: readonly P[];
  throughGroups?: ThroughGroups<P>;
  /** Where the privileges held through groups are changed, in words. */
  throughGroupsNote?: string;
  save: (privileges: P[]) => Promise<unknown>;
}) {
  const order = Object.keys(props.labels) as P[];
  const [chosen, setChosen] = useState<ReadonlySet<P>>(() => new Set(props.held));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const explanationId = useId();
  const through = props.throughGroups ?? new Map<P, readonly string[]>();
  const toggle = (privilege: P, on: boolean) => {
    setSaved(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(privilege);
      else next.delete(privilege);
      return next;
    });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    if (await action.run(() => props.save(order.filter((privilege) => chosen.has(privilege))))) setSaved(true);
  };
  return (
    <>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Privileges of {props.subject}</legend>
          <div class="privilege-grid">
            {order.map((privilege) => (
              <label key={privilege} class="check">
                <input
                  type="checkbox"
                  checked={chosen.has(privilege)}
                  aria-describedby={through.has(privilege) ? explanationId : undefined}
                  onChange={(event) => toggle(privilege, event.currentTarget.checked)}
                />
                {props.labels[privilege]}
                {through.has(privilege) && <span class="through-group">through a group</span>}
              </label>
            ))}
          </div>
          {through.size > 0 && (
            <p id={explanationId} class="hint through-explanation">
              {props.subject} also {through.size === 1 ? "holds this privilege" : "holds these privileges"} only through
              groups: {[...through].map(([privilege, groups]) => `${props.labels[privilege]} (${fromGroups(groups)})`).join(", ")}.
              The boxes set direct privileges only; {props.throughGroupsNote ?? "change the group's privileges to change these."}
            </p>
          )}
        </fieldset>
        <BusyButton busy={action.busy} label={`Save privileges of ${props.subject}`} busyLabel="Saving…" />
      </form>
      <ErrorText context="Could not change the privileges" error={action.error} />
      {saved && <StatusText>Privileges saved.</StatusText>}
    </>
  );
}

function fromGroups(groups: readonly string[]): string {
  if (groups.length === 0) return "from a group";
  return `from ${groups.length === 1 ? "the group" : "the groups"} ${groups.map((name) => `“${name}”`).join(" and ")}`;
}
