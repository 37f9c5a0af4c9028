import { sql, type SqlQuery } from "../common/sql";
import type { SqlDialect } from "../common/SqlDialect";
import type { SpaceDetails } from "./spaceResponseSchemas";

/** The columns `spaceDetailsSql` reads, under these names. */
export interface SpaceDetailsRow {
  readonly space_id: string | null;
  readonly space_name: string;
  readonly creator_type: "user" | "provider";
  readonly creator_id: string;
  readonly created_at: number;
  readonly providers: string;
}

/** SQL columns of a SpaceDetailsRow for the space aliased `alias` in the query's FROM. */
export function spaceDetailsSql(d: SqlDialect, alias: SqlQuery): SqlQuery {
  return sql`${alias}.id AS space_id, ${alias}.name AS space_name, ${alias}.creator_type, ${alias}.creator_id, ${alias}.created_at,
    (SELECT ${d.jsonObject(sql`su.provider_id`, sql`su.size`)} FROM space_supports su WHERE su.space_id = ${alias}.id) AS providers`;
}

/** A space as `GET /spaces/{id}` answers it, from a SpaceDetailsRow. */
export function toSpaceDetails(row: SpaceDetailsRow & { space_id: string }): SpaceDetails {
  const providers = JSON.parse(row.providers) as Record<string, number | null>;
  return {
    spaceId: row.space_id,
    name: row.space_name,
    canonicalName: row.space_name,
    providers,
    providersSupports: providers,
    creator: { type: row.creator_type, id: row.creator_id },
    creationTime: row.created_at,
  };
}
