import * as v from "valibot";

/** `GET|POST /user/spaces/token`: a single-use space creation token (a JWT, `typ: space-create+jwt`). */
export const SpaceCreateTokenSchema = v.pipe(
  v.strictObject({ token: v.pipe(v.string(), v.description("Hand it to a provider, which redeems it with POST /spaces.")) }),
  v.title("SpaceCreateToken"),
);
