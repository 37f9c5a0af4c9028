import { useApi } from "../api/ApiContext";
import { onlyThroughGroups, type PrivilegeSource, type UserMember } from "../api/effective";
import { useAction } from "../api/useAction";
import { BusyButton, ErrorText } from "./Feedback";
import { PrivilegeEditor } from "./PrivilegeEditor";

/**
 * A user's card in a members list: their privilege grid (privileges held only
 * through groups marked; for the signed-in person, the groups named from
 * `mySources`) and, for anyone but the signed-in person, a remove button.
 */
export function UserMemberCard<P extends string>(props: {
  member: UserMember<P>;
  labels: Readonly<Record<P, string>>;
  mySources: readonly PrivilegeSource<P>[];
  throughGroupsNote: string;
  save: (privileges: P[]) => Promise<unknown>;
  removeLabel: string;
  remove: () => Promise<unknown>;
  onRemoved: () => Promise<void>;
}) {
  const { member } = props;
  const { session } = useApi();
  const remove = useAction();
  const isMe = member.userId === session.userId;
  const displayName = isMe ? `${member.name} (you)` : member.name;
  return (
    <li class="card member" data-user-id={member.userId}>
      <h3>{displayName}</h3>
      <p class="meta">
        Id <code>{member.userId}</code>
      </p>
      <PrivilegeEditor
        key={`${member.privileges.join()}/${member.effective.join()}`}
        subject={displayName}
        labels={props.labels}
        held={member.privileges}
        throughGroups={onlyThroughGroups(member.privileges, member.effective, isMe ? props.mySources : [])}
        throughGroupsNote={props.throughGroupsNote}
        save={props.save}
      />
      {!isMe && (
        <BusyButton
          type="button"
          variant="danger"
          busy={remove.busy}
          label={props.removeLabel}
          busyLabel="Removing…"
          onClick={async () => {
            if (await remove.run(props.remove)) await props.onRemoved();
          }}
        />
      )}
      <ErrorText context={`Could not remove ${member.name}`} error={remove.error} />
    </li>
  );
}
