import * as v from "valibot";

/** Letters (each with its combining marks, so that every script can be written), digits, underscores and brackets. */
const EDGE = String.raw`[\p{L}\p{N}_()\[\]{}]\p{M}*`;

/**
 * The current Onezone name rule for spaces and providers (docs/design.md):
 * the characters above, plus dashes, spaces and dots anywhere but at either
 * end; 2 to 128 code points (the lookahead). Names are stored in Unicode
 * NFC, so that one name has one spelling whatever the client sent.
 */
export const NAME_PATTERN = new RegExp(String.raw`^(?=[\s\S]{2,128}$)${EDGE}(?:${EDGE}|[\-. ])*${EDGE}$`, "u");

const NAME_MESSAGE =
  "name must be 2 to 128 letters, digits, brackets, underscores, dashes, spaces or dots, not starting or ending with a dash, space or dot";

export const NameSchema = v.pipe(
  v.string("name must be a string"),
  v.regex(NAME_PATTERN, NAME_MESSAGE),
  v.transform((name) => name.normalize("NFC")),
);
