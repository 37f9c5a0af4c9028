import type { ComponentChildren } from "preact";
import { ErrorText } from "./Feedback";

/**
 * A loaded list of cards with its states in words: the error next to it,
 * "Loading …" the first time, what an empty list means, and a refresh button
 * that says when it is busy.
 */
export function LoadedCards<T>(props: {
  /** What the list holds, as in "Could not load the members": "the members". */
  what: string;
  loading: boolean;
  error: string | null;
  items: readonly T[] | null;
  empty?: string;
  card: (item: T) => ComponentChildren;
  refreshLabel: string;
  onRefresh: () => void;
}) {
  return (
    <>
      <ErrorText context={`Could not load ${props.what}`} error={props.error} />
      {props.loading && !props.items && <p aria-busy="true">Loading {props.what}…</p>}
      {props.items?.length === 0 && props.empty && <p>{props.empty}</p>}
      {props.items && props.items.length > 0 && (
        <ul class="cards members" aria-busy={props.loading}>
          {props.items.map(props.card)}
        </ul>
      )}
      <button type="button" class="secondary" onClick={props.onRefresh} disabled={props.loading}>
        {props.loading ? "Refreshing…" : props.refreshLabel}
      </button>
    </>
  );
}
