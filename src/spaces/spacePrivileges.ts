/** The ten Onezone 3.0 space privileges (reference `SpacePrivileges`). */
export const SPACE_PRIVILEGES = [
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
] as const;

export type SpacePrivilege = (typeof SPACE_PRIVILEGES)[number];

/** A space's creator holds every privilege, stored as a JSON array. */
export const OWNER_PRIVILEGES_JSON = JSON.stringify(SPACE_PRIVILEGES);
