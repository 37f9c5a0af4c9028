import type { ComponentChildren } from "preact";
import type { GroupWithPrivileges } from "../api/effective";
import { GROUP_TYPE_LABELS } from "../api/groups";
import { groupHref } from "../router";
import { PrivilegeEditor } from "./PrivilegeEditor";

/**
 * A group's card in a list of group members (of a space, or nested in a
 * group): a link to the group, its type and id, and the grid of its
 * privileges there, which everyone in the group holds.
 */
export function GroupMemberCard<P extends string>(props: {
  group: GroupWithPrivileges<P>;
  labels: Readonly<Record<P, string>>;
  save: (privileges: P[]) => Promise<unknown>;
  children?: ComponentChildren;
}) {
  const { groupId, name, type } = props.group.details;
  return (
    <li class="card member" data-group-id={groupId}>
      <h3>
        <a href={groupHref(groupId)}>{name}</a>
      </h3>
      <p class="meta">
        {GROUP_TYPE_LABELS[type]} · Id <code>{groupId}</code>
      </p>
      <PrivilegeEditor key={props.group.privileges.join()} subject={`the group ${name}`} labels={props.labels} held={props.group.privileges} save={props.save} />
      {props.children}
    </li>
  );
}
