import type { ComponentProps } from "preact";
import { ConfirmAction } from "./ConfirmAction";

/** A page section (leave, delete) holding one destructive action behind its confirmation step, headed `heading`. */
export function ConfirmSection({ id, heading, ...action }: { id: string; heading: string } & ComponentProps<typeof ConfirmAction>) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ConfirmAction {...action} />
    </section>
  );
}
