import * as v from "valibot";
import { NameSchema } from "../common/nameSchema";
import { RandomIdSchema } from "../common/randomIdSchema";
import { GROUP_PRIVILEGES, GROUP_TYPES } from "./groupPrivileges";

const TYPE_MESSAGE = `type must be one of ${GROUP_TYPES.join(", ")}`;
const GroupTypeSchema = v.picklist(GROUP_TYPES, TYPE_MESSAGE);
const GroupPrivilegeSchema = v.picklist(GROUP_PRIVILEGES, `each privilege must be one of ${GROUP_PRIVILEGES.join(", ")}`);

/** `POST /groups` and `POST /user/groups` body: a name (the space name rule) and a type (default `role`). */
export const CreateGroupSchema = v.object({
  name: NameSchema,
  type: v.optional(GroupTypeSchema, "role"),
});

/** `PATCH /groups/{id}` body: a new name, a new type, or both. */
export const ModifyGroupSchema = v.union(
  [
    v.object({ name: NameSchema, type: v.optional(GroupTypeSchema) }),
    v.object({ name: v.optional(NameSchema), type: GroupTypeSchema }),
  ],
  "name or type is required: name following the space name rule, type one of organization, unit, team, role",
);

/** `PUT …/privileges` body for a group member (user or nested group): the new set, stored in canonical order without repeats. */
export const SetGroupPrivilegesSchema = v.object({
  privileges: v.pipe(
    v.array(GroupPrivilegeSchema, "privileges must be an array of privilege names"),
    v.maxLength(64, "privileges must have at most 64 entries"),
    v.transform((privileges) => GROUP_PRIVILEGES.filter((privilege) => privileges.includes(privilege))),
  ),
});

/** `{token}` bodies of the join routes (group invite, nest and space group invite tokens). */
export const TokenBodySchema = v.object({
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
});

/** `{groupId, name, type}`: a group as its members see it. */
export const GroupDetailsSchema = v.pipe(
  v.strictObject({ groupId: RandomIdSchema, name: v.string(), type: GroupTypeSchema }),
  v.title("GroupDetails"),
);

/** `{privileges}`: group privileges, in canonical order. */
export const GroupPrivilegesSchema = v.pipe(v.strictObject({ privileges: v.array(GroupPrivilegeSchema) }), v.title("GroupPrivileges"));

/** `{groups}`: group ids. */
export const GroupIdListSchema = v.pipe(v.strictObject({ groups: v.array(RandomIdSchema) }), v.title("GroupIdList"));

/** `{users}`: user ids of a group's (effective) users. */
export const GroupUserListSchema = v.pipe(v.strictObject({ users: v.array(v.string()) }), v.title("GroupUserList"));

/** `{nested_groups}`: a group's children. */
export const NestedGroupListSchema = v.pipe(v.strictObject({ nested_groups: v.array(RandomIdSchema) }), v.title("NestedGroupList"));

/** `{parent_groups}`: the groups a group is nested in. */
export const ParentGroupListSchema = v.pipe(v.strictObject({ parent_groups: v.array(RandomIdSchema) }), v.title("ParentGroupList"));

/** `GET /groups`: one page of every group id. */
export const GroupPageSchema = v.pipe(
  v.strictObject({
    groups: v.array(RandomIdSchema),
    nextPageToken: v.pipe(v.nullable(v.string()), v.description("Pass it as `page_token` for the next page; null on the last page.")),
  }),
  v.title("GroupPage"),
);

/** `{userId, name}`: a group's user as its members see them. */
export const GroupUserSchema = v.pipe(
  v.strictObject({
    userId: v.string(),
    name: v.pipe(v.string(), v.description("The `name` claim last seen on a token of theirs, else the user id.")),
  }),
  v.title("GroupUser"),
);
