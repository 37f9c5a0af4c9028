import type { ComponentChildren } from "preact";

/** An error, in words, placed next to what caused it; screen readers hear it at once. */
export function ErrorText({ id, context, error }: { id?: string; context: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={id} class="error" role="alert">
      {context}: {error}
    </p>
  );
}

/** A short confirmation of what just happened, announced politely. */
export function StatusText({ children }: { children: ComponentChildren }) {
  return (
    <p class="status" role="status">
      {children}
    </p>
  );
}

/** A submit or action button that says what it is doing while busy. */
export function BusyButton(props: {
  busy: boolean;
  label: string;
  busyLabel: string;
  type?: "submit" | "button";
  variant?: "danger" | "secondary";
  onClick?: () => void;
  describedBy?: string;
}) {
  return (
    <button
      type={props.type ?? "submit"}
      class={props.variant}
      disabled={props.busy}
      aria-busy={props.busy}
      aria-describedby={props.describedBy}
      onClick={props.onClick}
    >
      {props.busy ? props.busyLabel : props.label}
    </button>
  );
}
