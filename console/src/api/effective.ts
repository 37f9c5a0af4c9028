import { type SpacegateApi, unwrap } from "./client";
import type { GroupDetails } from "./groups";

/** The privileges a member holds only through groups, each with the names of the groups known to give it. */
export type ThroughGroups<P extends string> = ReadonlyMap<P, readonly string[]>;

/** A direct user member (of a space or a group), with their name, their own privileges and their effective ones. */
export interface UserMember<P extends string> {
  readonly userId: string;
  readonly name: string;
  /** Their own privileges. */
  readonly privileges: readonly P[];
  /** Their own and those of every group through which they reach the space or group. */
  readonly effective: readonly P[];
}

/** A group member (of a space, or nested in a group) with its privileges there. */
export interface GroupWithPrivileges<P extends string> {
  readonly details: GroupDetails;
  readonly privileges: readonly P[];
}

/** A group through which someone may hold privileges, with the privileges it holds there. */
export interface PrivilegeSource<P extends string> {
  readonly name: string;
  readonly privileges: readonly P[];
}

/**
 * The privileges in `effective` that are not in `direct` (so held only through
 * groups), each with the names of the `sources` that hold it. The sources are
 * the groups the console knows the member reaches; when it knows none, the
 * privilege is still marked, with no group named.
 */
export function onlyThroughGroups<P extends string>(
  direct: readonly P[],
  effective: readonly P[],
  sources: readonly PrivilegeSource<P>[],
): ThroughGroups<P> {
  const held = new Set(direct);
  return new Map(
    effective
      .filter((privilege) => !held.has(privilege))
      .map((privilege) => [privilege, sources.filter((source) => source.privileges.includes(privilege)).map((source) => source.name)]),
  );
}

/**
 * Among a space's (or a group's) group members, those the caller reaches,
 * directly or through nesting (`GET /user/effective_groups`): where the
 * caller's privileges held through groups come from.
 */
export async function mySourcesAmong<P extends string>(api: SpacegateApi, groups: readonly GroupWithPrivileges<P>[]): Promise<PrivilegeSource<P>[]> {
  const { groups: mine } = await unwrap(api.GET("/user/effective_groups"));
  const reached = new Set(mine);
  return groups.filter((group) => reached.has(group.details.groupId)).map((group) => ({ name: group.details.name, privileges: group.privileges }));
}
