/**
 * The copy will not start: the file, the schemas or the target are not fit for it (migration
 * levels differ, a table or column differs, the target holds rows, another copy runs). Nothing
 * of the zone was written when this is thrown.
 */
export class CopyRefusedError extends Error {}
