/** Who is making a request, as proven by a verified access token. */
export type Caller =
  /** `name`: the token's `name` claim, when it carried one (kept for `GET /spaces/{id}/users/{uid}`). */
  | { readonly kind: "user"; readonly id: string; readonly name?: string }
  | { readonly kind: "provider"; readonly id: string };
