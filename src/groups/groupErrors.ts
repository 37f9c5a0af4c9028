/**
 * The words of every refusal a group route may meet, by the `what` of its
 * not_found or the `why` of its conflict (valueOrApiError, src/http/).
 */
export const GROUP_WORDS = {
  group: "No such group.",
  user: "No such user in this group.",
  effective_user: "No such user here, directly or through groups.",
  nested_group: "No such nested group in this group.",
  parent_group: "This group is not nested in that group.",
  space_group: "No such group in this space.",
  group_space: "This group is no member of that space.",
  last_group_administrator:
    "This would leave the group without a direct user holding group_set_privileges; give another user that privilege first.",
  last_space_administrator:
    "This would leave a space without a member (user or group) holding space_set_privileges; give another member that privilege first.",
  cycle: "A group cannot be nested in itself or in one of its own nested groups.",
} as const;
