import { useEffect, useRef, useState } from "preact/hooks";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "./Feedback";

/**
 * A destructive action behind a confirmation step. Focus moves to the
 * confirming button when the question appears, and back to the trigger on
 * Cancel, so the whole step works from the keyboard.
 */
export function ConfirmAction(props: {
  trigger: string;
  question: string;
  confirm: string;
  busyLabel: string;
  failure: string;
  triggerVariant?: "danger" | "secondary";
  run: () => Promise<unknown>;
  onDone: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) stepRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
    else if (returnFocus.current) triggerRef.current?.focus();
  }, [confirming]);
  const cancel = () => {
    returnFocus.current = true;
    action.clearError();
    setConfirming(false);
  };
  const go = async () => {
    if (await action.run(props.run)) props.onDone();
  };
  const questionId = `${props.confirm.replace(/\W/g, "-").toLowerCase()}-question`;
  return (
    <>
      {!confirming ? (
        <button ref={triggerRef} type="button" class={props.triggerVariant ?? "danger"} onClick={() => setConfirming(true)}>
          {props.trigger}
        </button>
      ) : (
        <div ref={stepRef} class="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{props.question}</p>
          <BusyButton type="button" variant="danger" busy={action.busy} label={props.confirm} busyLabel={props.busyLabel} onClick={go} />
          <button type="button" class="secondary" onClick={cancel} disabled={action.busy}>
            Cancel
          </button>
        </div>
      )}
      <ErrorText context={props.failure} error={action.error} />
    </>
  );
}
