import type { PrivilegeSource, UserMember } from "../api/effective";
import type { Loaded } from "../api/useLoad";
import { LoadedCards } from "./LoadedCards";
import { UserMemberCard } from "./UserMemberCard";

/** What a members list loads: the direct users, and the groups the signed-in person reaches among the group members. */
export interface LoadedMembers<P extends string> {
  readonly list: readonly UserMember<P>[];
  readonly mySources: readonly PrivilegeSource<P>[];
}

/** The direct users of a space or a group as cards, each with its privilege grid and a remove button, and a refresh button. */
export function UserMemberList<P extends string>(props: {
  members: Loaded<LoadedMembers<P>>;
  labels: Readonly<Record<P, string>>;
  throughGroupsNote: string;
  save: (userId: string, privileges: P[]) => Promise<unknown>;
  remove: (userId: string) => Promise<unknown>;
  removeLabel: (name: string) => string;
  /** What an empty list means. */
  empty?: string;
}) {
  const { members } = props;
  return (
    <LoadedCards
      what="the members"
      loading={members.loading}
      error={members.error}
      items={members.data?.list ?? null}
      empty={props.empty}
      card={(member) => (
        <UserMemberCard
          key={member.userId}
          member={member}
          labels={props.labels}
          mySources={members.data!.mySources}
          throughGroupsNote={props.throughGroupsNote}
          save={(privileges) => props.save(member.userId, privileges)}
          removeLabel={props.removeLabel(member.name)}
          remove={() => props.remove(member.userId)}
          onRemoved={members.reload}
        />
      )}
      refreshLabel="Refresh members"
      onRefresh={() => void members.reload()}
    />
  );
}
