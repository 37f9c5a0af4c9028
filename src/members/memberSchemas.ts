import * as v from "valibot";
import { SPACE_PRIVILEGES } from "../spaces/spacePrivileges";

const PrivilegeSchema = v.picklist(SPACE_PRIVILEGES, `each privilege must be one of ${SPACE_PRIVILEGES.join(", ")}`);

/** `PUT /spaces/{id}/users/{uid}/privileges` body: the member's new set, stored in canonical order without repeats. */
export const SetPrivilegesSchema = v.object({
  privileges: v.pipe(
    v.array(PrivilegeSchema, "privileges must be an array of privilege names"),
    v.maxLength(64, "privileges must have at most 64 entries"),
    v.transform((privileges) => SPACE_PRIVILEGES.filter((privilege) => privileges.includes(privilege))),
  ),
});

/** `{privileges}`: a member's privileges, in canonical order. */
export const PrivilegesSchema = v.pipe(v.strictObject({ privileges: v.array(PrivilegeSchema) }), v.title("SpacePrivileges"));

/** `{users}`: a space's member ids, oldest member first. */
export const MemberListSchema = v.pipe(v.strictObject({ users: v.array(v.string()) }), v.title("SpaceUserList"));

/** `{userId, name}`: a member as other members see them. */
export const MemberSchema = v.pipe(
  v.strictObject({
    userId: v.string(),
    name: v.pipe(v.string(), v.description("The `name` claim last seen on a token of theirs, else the user id.")),
  }),
  v.title("SpaceUser"),
);

/** A member as other members see them: the response body, as the schema declares it. */
export type Member = v.InferOutput<typeof MemberSchema>;
