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
