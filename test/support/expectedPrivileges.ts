/**
 * The ten Onezone 3.0 space privileges (reference `SpacePrivileges`), spelled
 * out independently of src/ on purpose: tests compare the worker's output
 * against this list, so a wrong list in src/ is caught rather than copied.
 */
export const ALL_SPACE_PRIVILEGES: readonly string[] = [
  "space_invite_user",
  "space_remove_user",
  "space_invite_group",
  "space_remove_group",
  "space_set_privileges",
  "space_remove",
  "space_add_provider",
  "space_remove_provider",
  "space_change_data",
  "space_view_data",
];

/** The 13 Onezone 3.0 group privileges in canonical order (docs/groups.md), spelled out for the same reason. */
export const ALL_GROUP_PRIVILEGES: readonly string[] = [
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
];
