import * as v from "valibot";
import { RandomIdSchema } from "../common/randomIdSchema";
import { ApiError } from "./ApiError";

const GROUP = { schema: RandomIdSchema, notFound: "No such group." } as const;
const USER = {
  schema: v.pipe(v.string(), v.minLength(1), v.maxLength(256), v.description("A user id (the `sub` of the user's tokens).")),
  notFound: "No such user.",
} as const;

/**
 * What a path parameter names, told by the segment before it: `/spaces/:id`
 * is a space, `/providers/:pid` a provider, `/users/:uid` and
 * `/effective_users/:uid` a user, `/groups/:id`, `/nested/:nid` and
 * `/parent/:pid` a group. A value
 * that could never name one is 404 before any D1 round trip.
 */
export const PATH_RESOURCES = {
  spaces: { schema: RandomIdSchema, notFound: "No such space." },
  providers: { schema: RandomIdSchema, notFound: "No such provider." },
  users: USER,
  effective_users: USER,
  groups: GROUP,
  nested: GROUP,
  parent: GROUP,
} as const;

export type PathResource = keyof typeof PATH_RESOURCES;

/** The path parameters of an itty-router path, each with the resource it names. */
export function pathParameters(path: string): { readonly name: string; readonly resource: PathResource }[] {
  return [...path.matchAll(/([\w.-]+)\/:(\w+)/g)].map(([, segment, name]) => {
    if (!(segment! in PATH_RESOURCES)) throw new TypeError(`${path}: :${name} follows an unknown resource ${segment}`);
    return { name: name!, resource: segment as PathResource };
  });
}

/** Throws the resource's 404 unless every parameter can name one. */
export function checkPathParameters(
  parameters: ReturnType<typeof pathParameters>,
  values: Readonly<Record<string, string | undefined>>,
): void {
  for (const { name, resource } of parameters) {
    const { schema, notFound } = PATH_RESOURCES[resource];
    if (!v.is(schema, values[name])) throw new ApiError(404, "not_found", notFound);
  }
}
