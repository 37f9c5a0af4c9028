import { useState } from "preact/hooks";
import { useApi } from "../api/ApiContext";
import { listMembers, type Member, type Privilege, PRIVILEGE_LABELS, PRIVILEGES, removeMember, setPrivileges } from "../api/members";
import { useAction } from "../api/useAction";
import { useLoad } from "../api/useLoad";
import { BusyButton, ErrorText, StatusText } from "../components/Feedback";

/** The space's members, each with a grid of the ten privileges to edit, and a way to remove them. */
export function MembersSection({ spaceId }: { spaceId: string }) {
  const { api } = useApi();
  const members = useLoad(() => listMembers(api, spaceId), `members-${spaceId}`);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ErrorText context="Could not load the members" error={members.error} />
      {members.loading && !members.data && <p aria-busy="true">Loading the members…</p>}
      {members.data && (
        <ul class="cards members" aria-busy={members.loading}>
          {members.data.map((member) => (
            <MemberCard key={member.userId} spaceId={spaceId} member={member} onChanged={members.reload} />
          ))}
        </ul>
      )}
      <button type="button" class="secondary" onClick={() => void members.reload()} disabled={members.loading}>
        {members.loading ? "Refreshing…" : "Refresh members"}
      </button>
    </section>
  );
}

function MemberCard({ spaceId, member, onChanged }: { spaceId: string; member: Member; onChanged: () => Promise<void> }) {
  const { api, session } = useApi();
  const [chosen, setChosen] = useState<ReadonlySet<Privilege>>(() => new Set(member.privileges));
  const [saved, setSaved] = useState(false);
  const save = useAction();
  const remove = useAction();
  const isMe = member.userId === session.userId;
  const displayName = isMe ? `${member.name} (you)` : member.name;
  const toggle = (privilege: Privilege, on: boolean) => {
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
    const privileges = PRIVILEGES.filter((privilege) => chosen.has(privilege));
    if (await save.run(() => setPrivileges(api, spaceId, member.userId, privileges))) setSaved(true);
  };
  const removeFromSpace = async () => {
    if (await remove.run(() => removeMember(api, spaceId, member.userId))) await onChanged();
  };
  return (
    <li class="card member" data-user-id={member.userId}>
      <h3>{displayName}</h3>
      <p class="meta">
        Id <code>{member.userId}</code>
      </p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Privileges of {displayName}</legend>
          <div class="privilege-grid">
            {PRIVILEGES.map((privilege) => (
              <label key={privilege} class="check">
                <input type="checkbox" checked={chosen.has(privilege)} onChange={(event) => toggle(privilege, event.currentTarget.checked)} />
                {PRIVILEGE_LABELS[privilege]}
              </label>
            ))}
          </div>
        </fieldset>
        <BusyButton busy={save.busy} label={`Save privileges of ${displayName}`} busyLabel="Saving…" />
      </form>
      <ErrorText context="Could not change the privileges" error={save.error} />
      {saved && <StatusText>Privileges saved.</StatusText>}
      {!isMe && (
        <BusyButton type="button" variant="danger" busy={remove.busy} label={`Remove ${member.name}`} busyLabel="Removing…" onClick={removeFromSpace} />
      )}
      <ErrorText context={`Could not remove ${member.name}`} error={remove.error} />
    </li>
  );
}
