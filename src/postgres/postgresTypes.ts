// pg-types is `pg`'s own type table (pg pins its version exactly), imported alone so that the
// Worker build does not carry all of `pg`'s index for it.
import pgTypes from "pg-types";

/**
 * `pg`'s type parsers for spacegate: whole numbers (BIGINT, COUNT(*),
 * NUMERIC) as numbers and JSON as its text, as D1 and SQLite answer them,
 * so that the stores read one shape on every engine.
 */
export const POSTGRES_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pgTypes.builtins.INT8 || oid === pgTypes.builtins.NUMERIC) return (text: string) => Number(text);
    if (oid === pgTypes.builtins.JSON || oid === pgTypes.builtins.JSONB) return (text: string) => text;
    return pgTypes.getTypeParser(oid, format ?? "text");
  },
};
