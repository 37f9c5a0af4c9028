import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { listAllGroups } from "../api/allGroups";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText } from "../components/Feedback";
import { groupHref } from "../router";

/**
 * For zone administrators: every group in the zone by id, a page at a time
 * (`GET /groups`, keyset pages in id order), with a button for the next page.
 * The API gives administrators ids only; a group's page opens for those who
 * belong to it.
 */
export function AllGroupsSection() {
  const { api } = useApi();
  const first = useLoad(() => listAllGroups(api, null), "all-groups");
  const [more, setMore] = useState<{ ids: readonly string[]; next: string | null } | null>(null);
  const action = useAction();
  const ids = [...(first.data?.groups ?? []), ...(more?.ids ?? [])];
  const next = more ? more.next : (first.data?.nextPageToken ?? null);
  const showMore = () =>
    void action.run(async () => {
      const page = await listAllGroups(api, next);
      setMore({ ids: [...(more?.ids ?? []), ...page.groups], next: page.nextPageToken });
    });
  return (
    <section aria-labelledby="all-groups-heading">
      <h2 id="all-groups-heading">All groups in the zone</h2>
      <p class="hint">You see this list as a zone administrator. A group's page opens only for those who belong to it.</p>
      <ErrorText context="Could not load the zone's groups" error={first.error} />
      {first.loading && !first.data && <p aria-busy="true">Loading the zone's groups…</p>}
      {first.data?.groups.length === 0 && <p>The zone has no group yet.</p>}
      {ids.length > 0 && (
        <ul aria-labelledby="all-groups-heading">
          {ids.map((id) => (
            <li key={id}>
              <a href={groupHref(id)}>
                <code>{id}</code>
              </a>
            </li>
          ))}
        </ul>
      )}
      {next && <BusyButton type="button" variant="secondary" busy={action.busy} label="Show more groups" busyLabel="Loading…" onClick={showMore} />}
      <ErrorText context="Could not load more groups" error={action.error} />
    </section>
  );
}
