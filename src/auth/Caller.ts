/** Who is making a request, as proven by a verified access token. */
export type Caller =
  | { readonly kind: "user"; readonly id: string }
  | { readonly kind: "provider"; readonly id: string };
