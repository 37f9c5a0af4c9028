import * as v from "valibot";

/** Letters, digits, underscores and brackets: allowed anywhere in a name. */
const NAME_EDGE_CHARS = String.raw`\p{L}\p{N}_()\[\]{}`;

/**
 * The current Onezone name rule for spaces and providers: 2 to 128
 * characters of the above, plus dashes, spaces and dots anywhere but at
 * either end. Unicode-aware: counted in code points.
 */
export const NAME_PATTERN = new RegExp(
  `^[${NAME_EDGE_CHARS}][${NAME_EDGE_CHARS}\\-. ]{0,126}[${NAME_EDGE_CHARS}]$`,
  "u",
);

export const NameSchema = v.pipe(
  v.string("name must be a string"),
  v.regex(
    NAME_PATTERN,
    "name must be 2 to 128 letters, digits, brackets, underscores, dashes, spaces or dots, not starting or ending with a dash, space or dot",
  ),
);
