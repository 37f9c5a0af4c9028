/** The 13 Onezone 3.0 group privileges, in canonical order (docs/groups.md). */
export const GROUP_PRIVILEGES = [
  "group_change_data",
  "group_invite_user",
  "group_remove_user",
  "group_join_space",
  "group_create_space",
  "group_set_privileges",
  "group_remove",
  "group_leave_space",
  "group_view_data",
  "group_create_space_token",
  "group_join_group",
  "group_invite_group",
  "group_remove_group",
] as const;

export type GroupPrivilege = (typeof GROUP_PRIVILEGES)[number];

/** A group's creator holds every privilege, stored as a JSON array. */
export const GROUP_OWNER_PRIVILEGES_JSON = JSON.stringify(GROUP_PRIVILEGES);

/** What a user joining with an invite token, or a group nested with a nest token, holds: `group_view_data`. */
export const JOINED_GROUP_PRIVILEGES_JSON = JSON.stringify(["group_view_data"] satisfies GroupPrivilege[]);

/** The privilege every group's rule keeps held by some direct user (409 otherwise). */
export const GROUP_ADMIN_PRIVILEGE: GroupPrivilege = "group_set_privileges";

/** The four Onezone group types; `role` when the client names none. */
export const GROUP_TYPES = ["organization", "unit", "team", "role"] as const;
export type GroupType = (typeof GROUP_TYPES)[number];
