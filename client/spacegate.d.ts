/**
 * Types of the spacegate API, generated from openapi.json by `npm run build:openapi`.
 * Do not edit: change the route table or its schemas and regenerate.
 */

export interface paths {
    "/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all spaces
         * @description For zone administrators (ADMIN_USERS), a page at a time in space id order: pass `nextPageToken` back as `page_token` for the next page.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_spaces"];
        put?: never;
        /**
         * Create a space
         * @description A user creates a space and becomes its owner, with all ten space privileges. A provider sends a user's space creation token instead: that user becomes the owner, and the provider supports the space with `size` bytes. The token is spent at most once.
         */
        post: operations["create_space"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpaces"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling user's spaces
         * @description `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_spaces"];
        put?: never;
        /**
         * Create a space (Onezone 3.0 user path)
         * @description The same as a user's `POST /spaces`: the caller becomes the owner, with all ten space privileges.
         */
        post: operations["create_user_space"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserSpaces"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the spaces the calling provider supports
         * @description `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_supported_spaces"];
        put?: never;
        /**
         * Create a space from a space creation token (Onezone 3.0 provider path)
         * @description The same as a provider's `POST /spaces`: the token's user becomes the owner, and the calling provider supports the space with `size` bytes.
         */
        post: operations["create_provider_space"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightProviderSpaces"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/spaces/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a space creation token
         * @description The Onezone 3.0 form: a token any provider may redeem.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_space_token"];
        put?: never;
        /** Get a space creation token, optionally bound to one provider */
        post: operations["create_user_space_token"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserSpacesToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a space
         * @description For members holding `space_view_data` and for supporting providers.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space"];
        put?: never;
        post?: never;
        /**
         * Delete a space
         * @description For members holding `space_remove`. Memberships and supports go with it.
         */
        delete: operations["remove_space"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PATCH, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesId"];
        head?: never;
        /**
         * Rename a space
         * @description For members holding `space_change_data`.
         */
        patch: operations["modify_space"];
        trace?: never;
    };
    "/spaces/{id}/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the providers supporting a space
         * @description For members and supporting providers.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_providers"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdProviders"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one of the calling user's spaces
         * @description For any member, whatever their privileges.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_space"];
        put?: never;
        post?: never;
        /**
         * Leave a space
         * @description The calling user leaves. The last member holding `space_set_privileges` cannot leave (409): give the privilege to another member, or delete the space.
         */
        delete: operations["delete_user_space"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserSpacesId"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider/spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a space the calling provider supports
         * @description `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_supported_space"];
        put?: never;
        post?: never;
        /**
         * Stop supporting a space
         * @description The calling provider ends its own support; a space it does not support is 404.
         */
        delete: operations["remove_space_support"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightProviderSpacesId"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a space's members
         * @description For members holding `space_view_data`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_users"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdUsers"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/users/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a member
         * @description For members holding `space_view_data`. `name` is the member's `name` claim when one was seen, else the id.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_user"];
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description For members holding `space_remove_user`. Removing the last member holding `space_set_privileges` is 409.
         */
        delete: operations["remove_space_user"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdUsersUid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/users/{uid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a member's privileges
         * @description For members holding `space_view_data`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_user_privileges"];
        /**
         * Replace a member's privileges
         * @description For members holding `space_set_privileges`. The list replaces the member's privileges; only the ten Onezone 3.0 space privileges are accepted. Taking `space_set_privileges` from the last member holding it is 409.
         */
        put: operations["set_space_user_privileges"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PUT, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdUsersUidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/users/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a space invite token
         * @description For members holding `space_invite_user`. The token lets one user join the space, once, within SPACE_INVITE_TOKEN_TTL_SECONDS (default 24 hours).
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_user_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdUsersToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/spaces/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a space with an invite token
         * @description The user joins with `space_view_data` only. A member already joined stays as they are (201); the token is spent either way.
         */
        post: operations["join_space"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserSpacesJoin"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/providers/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a space support token
         * @description For members holding `space_add_provider`. One provider may support the space with it, once, within SPACE_SUPPORT_TOKEN_TTL_SECONDS (default 24 hours).
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_provider_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdProvidersToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider/spaces/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Support a space with a support token
         * @description The calling provider supports the token's space with `size` bytes (optional). A provider already supporting it stays as it is (201); the token is spent either way.
         */
        post: operations["provider_space_support"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightProviderSpacesSupport"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/providers/{pid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a provider supporting a space
         * @description For members holding `space_view_data`, and for that provider itself.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_provider"];
        put?: never;
        post?: never;
        /**
         * End a provider's support of a space
         * @description For members holding `space_remove_provider`.
         */
        delete: operations["remove_provider_supporting_space"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdProvidersPid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/spaces/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the default space
         * @description Only a space the user is still a member of: leaving or losing it clears the default.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_default_space"];
        /**
         * Set the default space
         * @description A space the caller is a member of (else 404); `null` clears it.
         */
        put: operations["set_user_default_space"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PUT, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserSpacesDefault"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a provider
         * @description For zone administrators (ADMIN_USERS). The answer holds the provider's token; it is not shown again.
         */
        post: operations["register_provider"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightProviders"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a provider
         * @description For zone administrators and the provider itself; anyone else gets 404.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_provider"];
        put?: never;
        post?: never;
        /**
         * Unregister a provider
         * @description For zone administrators. Its token stops working at once, and its supports go with it.
         */
        delete: operations["unregister_provider"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightProvidersId"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all groups
         * @description For zone administrators (ADMIN_USERS), a page at a time in group id order, as `GET /spaces`: pass `nextPageToken` back as `page_token`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_groups"];
        put?: never;
        /**
         * Create a group
         * @description The caller becomes the group's one user, holding all 13 group privileges. `type` defaults to `role`; the name follows the space name rule.
         */
        post: operations["create_group"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroups"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling user's groups
         * @description The groups the caller belongs to directly, oldest membership first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_groups"];
        put?: never;
        /**
         * Create a group
         * @description The caller becomes the group's one user, holding all 13 group privileges. `type` defaults to `role`; the name follows the space name rule.
         */
        post: operations["create_group_for_user"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserGroups"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a group
         * @description For effective users (directly or through nested groups) holding `group_view_data` effectively.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description For effective users holding `group_remove`. Its users, nestings and space memberships go with it. While the group is the last member of a space holding `space_set_privileges`, 409.
         */
        delete: operations["remove_group"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PATCH, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsId"];
        head?: never;
        /**
         * Rename or retype a group
         * @description For effective users holding `group_change_data`. Send `name`, `type` or both.
         */
        patch: operations["modify_group"];
        trace?: never;
    };
    "/user/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a group
         * @description For effective users (directly or through nested groups) holding `group_view_data` effectively.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_group"];
        put?: never;
        post?: never;
        /**
         * Leave a group
         * @description The caller stops being a direct user of the group. The last direct user holding `group_set_privileges` cannot leave (409).
         */
        delete: operations["leave_group"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserGroupsId"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/effective_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling user's effective groups
         * @description The groups the caller belongs to directly or through nested groups at any depth, oldest group first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_effective_groups"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserEffectiveGroups"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/users/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a group invite token
         * @description For effective users holding `group_invite_user`. The token lets one user join the group, once, within GROUP_INVITE_TOKEN_TTL_SECONDS (default 24 hours).
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["create_user_group_invite_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdUsersToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/groups/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a group with an invite token
         * @description The user joins with `group_view_data` only. A direct user already stays as they are (201); the token is spent either way.
         */
        post: operations["join_group"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserGroupsJoin"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group's direct users
         * @description For effective users holding `group_view_data`. Oldest membership first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_users"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdUsers"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/effective_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group's effective users
         * @description For effective users holding `group_view_data`: the group's users and those of its nested groups at any depth, each once, by earliest membership.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_effective_users"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdEffectiveUsers"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/users/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a direct user of a group
         * @description For effective users holding `group_view_data`. `name` is the user's `name` claim when one was seen, else the id.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_user"];
        put?: never;
        post?: never;
        /**
         * Remove a user from a group
         * @description For effective users holding `group_remove_user`. Removing the last direct user holding `group_set_privileges` is 409.
         */
        delete: operations["remove_group_user"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdUsersUid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/effective_users/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an effective user of a group
         * @description For effective users holding `group_view_data`. `name` is the user's `name` claim when one was seen, else the id.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_groups_effective_user"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdEffectiveUsersUid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/users/{uid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a user's own privileges in a group
         * @description For effective users holding `group_view_data`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_user_privileges"];
        /**
         * Replace a user's privileges in a group
         * @description For effective users holding `group_set_privileges`. The list replaces the user's privileges; only the 13 group privileges are accepted. Taking `group_set_privileges` from the last direct user holding it is 409.
         */
        put: operations["set_user_group_privileges"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PUT, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdUsersUidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/effective_users/{uid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a user's effective privileges in a group
         * @description For effective users holding `group_view_data`: the user's own privileges and those of every nested group, at any depth, through which they belong.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_groups_user_privileges"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdEffectiveUsersUidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/nested/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a group nest token
         * @description For effective users holding `group_invite_group`. The token lets one group join this one as its child, once, within GROUP_NEST_TOKEN_TTL_SECONDS (default 24 hours).
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_nested_group_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdNestedToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/nested/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nest a group into the token's group
         * @description For effective users holding `group_join_group` in the group of the path, which becomes a child of the token's group with `group_view_data`. Already nested: 201, nothing changes. A nesting that would make a cycle (a group into itself or into one of its descendants) is 409, and leaves the token unspent.
         */
        post: operations["join_nested_group"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdNestedJoin"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/nested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group's nested groups
         * @description For effective users holding `group_view_data`. Direct children, oldest nesting first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_nested_groups"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdNested"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/parent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the groups a group is nested in
         * @description For effective users holding `group_view_data`. Direct parents, oldest nesting first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_parent_groups"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdParent"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/nested/{nid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a nested group
         * @description For effective users holding `group_view_data` in the parent.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_nested_group"];
        put?: never;
        post?: never;
        /**
         * Remove a nested group
         * @description For effective users holding `group_remove_group`. The child's users lose what they held through it at once.
         */
        delete: operations["delete_nested_group"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdNestedNid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/parent/{pid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a parent group
         * @description For effective users holding `group_view_data` in the child.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_parent_group"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdParentPid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/nested/{nid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a nested group's privileges
         * @description For effective users holding `group_view_data` in the parent. Every effective user of the child holds these in the parent.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_nested_group_privileges"];
        /**
         * Replace a nested group's privileges
         * @description For effective users holding `group_set_privileges` in the parent. The group rule counts direct users only, so this is never 409.
         */
        put: operations["set_group_nested_privileges"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PUT, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdNestedNidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/groups/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a space group invite token
         * @description For members holding `space_invite_group`. The token lets one group join the space (`POST /groups/{id}/spaces/join`), once, within SPACE_GROUP_INVITE_TOKEN_TTL_SECONDS (default 24 hours).
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_group_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdGroupsToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a space's groups
         * @description For members holding `space_view_data` (effectively). Group members, oldest first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_groups"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdGroups"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/groups/{gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a group of a space
         * @description For members holding `space_view_data`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_group"];
        put?: never;
        post?: never;
        /**
         * Remove a group from a space
         * @description For members holding `space_remove_group`. Its users lose what they held through it at once. Removing the last member holding `space_set_privileges` is 409.
         */
        delete: operations["delete_space_group"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdGroupsGid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/groups/{gid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a group's privileges in a space
         * @description For members holding `space_view_data`. Every effective user of the group holds these in the space.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_group_privileges"];
        /**
         * Replace a group's privileges in a space
         * @description For members holding `space_set_privileges`. The list replaces the group's privileges. Taking `space_set_privileges` from the last member holding it is 409.
         */
        put: operations["set_space_group_privileges"];
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, PUT, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdGroupsGidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/effective_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a space's effective users
         * @description For members holding `space_view_data`: the user members and the effective users of every group member at any depth, each once, by earliest membership.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_effective_users"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdEffectiveUsers"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces/{id}/effective_users/{uid}/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a user's effective privileges in a space
         * @description For members holding `space_view_data`: the user's own privileges and those of every group member of the space through which they belong.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_space_effective_user_privileges"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightSpacesIdEffectiveUsersUidPrivileges"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a group's spaces
         * @description For effective users holding `group_view_data`. Spaces the group is a member of, oldest first.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_spaces"];
        put?: never;
        /**
         * Create a space for a group
         * @description For effective users holding `group_create_space`. The group is the space's one member, with all ten space privileges; the caller is its creator, and MAX_SPACES_PER_USER counts it for them.
         */
        post: operations["create_space_for_group"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdSpaces"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/spaces/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a space creation token for a group
         * @description For effective users holding `group_create_space_token`. A provider redeems it with `POST /spaces` (or `POST /provider/spaces`): the new space's one member is the group, with all ten space privileges; MAX_SPACES_PER_USER counts it for the caller. Refused (400) once the group is gone.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["create_group_spaces_token"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdSpacesToken"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/spaces/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A group joins a space with a space group invite token
         * @description For effective users holding `group_join_space` in the group, which joins with `space_view_data`. Already a member: 201, nothing changes. A refused caller leaves the token unspent.
         */
        post: operations["group_join_space"];
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `POST, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdSpacesJoin"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{id}/spaces/{sid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a space of a group
         * @description For effective users holding `group_view_data` in the group, whatever they hold in the space.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_group_space"];
        put?: never;
        post?: never;
        /**
         * A group leaves a space
         * @description For effective users holding `group_leave_space` in the group. The group's users lose what they held through it at once. The last member of the space holding `space_set_privileges` cannot leave (409).
         */
        delete: operations["remove_group_from_space"];
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, DELETE, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightGroupsIdSpacesSid"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/effective_spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the calling user's effective spaces
         * @description The spaces the caller belongs to directly or through any of their groups at any depth, by earliest membership.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_user_effective_spaces"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightUserEffectiveSpaces"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The zone's public keys
         * @description Verifies the tokens this zone issues (provider and space creation tokens): the current key first, then retired keys still accepted.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_zone_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightWellKnownJwksJson"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description Generated at build time from the same route table and valibot schemas that validate requests.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_openapi_document"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightOpenapiJson"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web console's configuration
         * @description The OpenID Connect issuer, client id and scopes the console at `/console/` signs in with, and the API base it calls.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_console_config"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightConsoleConfigJson"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/*": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The web console
         * @description A web page where people sign in with OpenID Connect and manage their spaces through this API: `/console/` is the page, `/console/assets/…` its scripts and styles (named after their content, cached for good); `/console` redirects to `/console/`.
         *
         *     `HEAD` answers the same status and headers without a body.
         */
        get: operations["get_console_file"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight
         * @description Answers a browser's preflight (or a plain OPTIONS) without a token. `Allow` is `GET, HEAD, OPTIONS`; for an origin in CORS_ORIGINS the Access-Control-Allow-* headers say what a browser may send.
         */
        options: operations["preflightConsole"];
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Error */
        Error: {
            /**
             * @description A stable code; switch on it, never on the description.
             * @enum {string}
             */
            error: "invalid_request" | "invalid_token" | "unauthorized" | "forbidden" | "quota_exceeded" | "not_found" | "method_not_allowed" | "conflict" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "too_many_requests" | "request_header_fields_too_large" | "internal_server_error";
            /** @description A human sentence. A 500 quotes the request id (X-Request-Id). */
            error_description: string;
        };
        /** SpaceCreateToken */
        SpaceCreateToken: {
            /** @description Hand it to a provider, which redeems it with POST /spaces. */
            token: string;
        };
        /** SpacePage */
        SpacePage: {
            spaces: string[];
            /** @description Pass it as `page_token` for the next page; null on the last page. */
            nextPageToken: string | null;
        };
        /** SpaceDetails */
        SpaceDetails: {
            /** @description 32 lowercase hex characters. */
            spaceId: string;
            name: string;
            /** @description Onezone 3.0's name for `name`. */
            canonicalName: string;
            /** @description Supporting providers by id, each with the size it supports in bytes (null when it gave none). */
            providers: {
                [key: string]: number | null;
            };
            /** @description Onezone 3.0's name for `providers`. */
            providersSupports: {
                [key: string]: number | null;
            };
            /** @description Who created the space: a user, or a provider redeeming a user's space creation token. */
            creator: {
                /** @enum {string} */
                type: "user" | "provider";
                id: string;
            };
            /** @description Unix seconds. */
            creationTime: number;
        };
        /** SpaceProviderList */
        SpaceProviderList: {
            providers: string[];
        };
        /** UserSpaceList */
        UserSpaceList: {
            spaces: string[];
            /** @description The default space, while the user is a member of it; else null. */
            default: string | null;
        };
        /** SpaceIdList */
        SpaceIdList: {
            spaces: string[];
        };
        /** SpaceUserList */
        SpaceUserList: {
            users: string[];
        };
        /** SpaceUser */
        SpaceUser: {
            userId: string;
            /** @description The `name` claim last seen on a token of theirs, else the user id. */
            name: string;
        };
        /** SpacePrivileges */
        SpacePrivileges: {
            privileges: ("space_invite_user" | "space_remove_user" | "space_invite_group" | "space_remove_group" | "space_set_privileges" | "space_remove" | "space_add_provider" | "space_remove_provider" | "space_change_data" | "space_view_data")[];
        };
        /** SpaceToken */
        SpaceToken: {
            /** @description A JWT; single use, with an expiry. */
            token: string;
        };
        /** Provider */
        Provider: {
            /** @description 32 lowercase hex characters. */
            providerId: string;
            name: string;
        };
        /** DefaultSpace */
        DefaultSpace: {
            /** @description null when the user has none. */
            spaceId: string | null;
        };
        /** RegisteredProvider */
        RegisteredProvider: {
            /** @description 32 lowercase hex characters. */
            providerId: string;
            /** @description The provider's access token (`typ: provider+jwt`); valid until the provider is unregistered. */
            token: string;
        };
        /** GroupDetails */
        GroupDetails: {
            /** @description 32 lowercase hex characters. */
            groupId: string;
            name: string;
            /** @enum {string} */
            type: "organization" | "unit" | "team" | "role";
        };
        /** GroupIdList */
        GroupIdList: {
            groups: string[];
        };
        /** GroupPage */
        GroupPage: {
            groups: string[];
            /** @description Pass it as `page_token` for the next page; null on the last page. */
            nextPageToken: string | null;
        };
        /** GroupUserList */
        GroupUserList: {
            users: string[];
        };
        /** GroupUser */
        GroupUser: {
            userId: string;
            /** @description The `name` claim last seen on a token of theirs, else the user id. */
            name: string;
        };
        /** GroupPrivileges */
        GroupPrivileges: {
            privileges: ("group_change_data" | "group_invite_user" | "group_remove_user" | "group_join_space" | "group_create_space" | "group_set_privileges" | "group_remove" | "group_leave_space" | "group_view_data" | "group_create_space_token" | "group_join_group" | "group_invite_group" | "group_remove_group")[];
        };
        /** NestedGroupList */
        NestedGroupList: {
            nested_groups: string[];
        };
        /** ParentGroupList */
        ParentGroupList: {
            parent_groups: string[];
        };
        /** Jwks */
        Jwks: {
            keys: {
                kty: string;
                crv?: string;
                x?: string;
                y?: string;
                n?: string;
                e?: string;
                kid?: string;
                alg?: string;
                use?: string;
            }[];
        };
        /** OpenApiDocument */
        OpenApiDocument: {
            /** @constant */
            openapi: "3.1.1";
            info: {
                title: string;
                version: string;
            };
        };
        /** ConsoleConfig */
        ConsoleConfig: {
            /** @description The OpenID Connect issuer (`AUTH_ISSUER`); null when unset. */
            issuer: string | null;
            /** @description The console's public client id (`CONSOLE_CLIENT_ID`); null when unset. */
            clientId: string | null;
            /** @description Space-separated scopes the console asks for (`CONSOLE_SCOPES`). */
            scopes: string;
            /** @description The absolute URL the console sends API requests to. */
            apiBase: string;
        };
    };
    responses: {
        /**
         * @description `unauthorized`: No access token (`WWW-Authenticate: Bearer`).
         *
         *     `invalid_token`: The access token is invalid, expired or revoked (`WWW-Authenticate: Bearer error="invalid_token"`).
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "unauthorized" | "invalid_token";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
        UnknownPath: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "not_found";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `method_not_allowed`: The path exists, but not with this method; `Allow` lists its methods. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "method_not_allowed";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `payload_too_large`: The request body is over 64 KiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "payload_too_large";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `unsupported_media_type`: A declared Content-Type other than JSON. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "unsupported_media_type";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `too_many_requests`: A rate limit was hit: the caller's requests, or a client address's failed authentications. Nothing was done; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "too_many_requests";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `request_header_fields_too_large`: The request headers are over 32 KiB in total. */
        RequestHeaderFieldsTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "request_header_fields_too_large";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
        /** @description `internal_server_error`: Anything unexpected; the description quotes the request id, the log has the cause. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "D1-Bookmark": components["headers"]["D1-Bookmark"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @enum {string} */
                    error: "internal_server_error";
                } & WithRequired<components["schemas"]["Error"], "error">;
            };
        };
    };
    parameters: {
        /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
        "D1-Bookmark": string;
        /** @description A unique key per intended creation, e.g. a UUID: 1 to 255 printable ASCII characters, as a structured-field string (`"…"`) or bare; anything else is 400. A retry with the same key and the same request answers the first 201 again with `Idempotent-Replayed: true` and creates nothing; the same key with a different request is 422 `idempotency_key_reused`. Keys are scoped to the caller and kept at least 24 hours. */
        "Idempotency-Key": string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: Cloudflare's cf-ray when present, a random UUID otherwise. The log line and any 500 quote it. */
        "X-Request-Id": string;
        /** @description The D1 session bookmark after this request (when it reached D1); send it back as the D1-Bookmark request header. */
        "D1-Bookmark": string;
        /** @description The path of the created resource, relative to the base path. */
        Location: string;
        /** @description How long the answer may be cached (`no-store` for tokens). */
        "Cache-Control": string;
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
        /** @description The RFC 6750 challenge. */
        "WWW-Authenticate": string;
        /** @description The methods this path answers. */
        Allow: string;
        /** @description Seconds to wait before trying again (RFC 9110 §10.2.3). */
        "Retry-After": string;
        /** @description CORS: the methods a browser may use here (allowed origins only). */
        "Access-Control-Allow-Methods": string;
        /** @description CORS: the request headers a browser may send (allowed origins only). */
        "Access-Control-Allow-Headers": string;
        /** @description CORS: how long a browser may cache this preflight, in seconds. */
        "Access-Control-Max-Age": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_spaces: {
        parameters: {
            query?: {
                limit?: string;
                page_token?: string;
            };
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of space ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpacePage"];
                };
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended creation, e.g. a UUID: 1 to 255 printable ASCII characters, as a structured-field string (`"…"`) or bare; anything else is 400. A retry with the same key and the same request answers the first 201 again with `Idempotent-Replayed: true` and creates nothing; the same key with a different request is 422 `idempotency_key_reused`. Keys are scoped to the caller and kept at least 24 hours. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @default Unnamed space */
                    name?: string;
                    token?: unknown;
                } | {
                    /** @default Unnamed space */
                    name?: string;
                    token: string;
                    size?: number | string;
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the space. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider.
             *
             *     `quota_exceeded`: MAX_SPACES_PER_USER spaces were already created for this user (by them, or by providers redeeming their creation tokens).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden" | "quota_exceeded";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description `idempotency_key_reused`: This Idempotency-Key came before with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "idempotency_key_reused";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_spaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Space ids, oldest membership first, and the default space. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSpaceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_user_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended creation, e.g. a UUID: 1 to 255 printable ASCII characters, as a structured-field string (`"…"`) or bare; anything else is 400. A retry with the same key and the same request answers the first 201 again with `Idempotent-Replayed: true` and creates nothing; the same key with a different request is 422 `idempotency_key_reused`. Keys are scoped to the caller and kept at least 24 hours. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @default Unnamed space */
                    name?: string;
                    token?: unknown;
                } | {
                    /** @default Unnamed space */
                    name?: string;
                    token: string;
                    size?: number | string;
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the space. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider.
             *
             *     `quota_exceeded`: MAX_SPACES_PER_USER spaces were already created for this user (by them, or by providers redeeming their creation tokens).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden" | "quota_exceeded";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description `idempotency_key_reused`: This Idempotency-Key came before with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "idempotency_key_reused";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_supported_spaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Space ids, oldest support first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_provider_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended creation, e.g. a UUID: 1 to 255 printable ASCII characters, as a structured-field string (`"…"`) or bare; anything else is 400. A retry with the same key and the same request answers the first 201 again with `Idempotent-Replayed: true` and creates nothing; the same key with a different request is 422 `idempotency_key_reused`. Keys are scoped to the caller and kept at least 24 hours. */
                "Idempotency-Key"?: components["parameters"]["Idempotency-Key"];
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @default Unnamed space */
                    name?: string;
                    token?: unknown;
                } | {
                    /** @default Unnamed space */
                    name?: string;
                    token: string;
                    size?: number | string;
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the space. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider.
             *
             *     `quota_exceeded`: MAX_SPACES_PER_USER spaces were already created for this user (by them, or by providers redeeming their creation tokens).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden" | "quota_exceeded";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description `idempotency_key_reused`: This Idempotency-Key came before with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "idempotency_key_reused";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightProviderSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_space_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use space creation token, valid 24 hours unless configured otherwise. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceCreateToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_user_space_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody?: {
            content: {
                "application/json": {
                    provider?: string;
                };
            };
        };
        responses: {
            /** @description A fresh single-use space creation token, valid 24 hours unless configured otherwise. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceCreateToken"];
                };
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserSpacesToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    modify_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Renamed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    get_space_providers: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Provider ids, oldest support first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceProviderList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdProviders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    delete_user_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserSpacesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_supported_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_space_support: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer supported. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightProviderSpacesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_users: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Member ids, oldest member first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_space_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdUsersUid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_user_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpacePrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    set_space_user_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    privileges: ("space_invite_user" | "space_remove_user" | "space_invite_group" | "space_remove_group" | "space_set_privileges" | "space_remove" | "space_add_provider" | "space_remove_provider" | "space_change_data" | "space_view_data")[];
                };
            };
        };
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdUsersUidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_user_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use invite token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdUsersToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    join_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Joined. The body is empty; `Location` names the space as `/user/spaces/{id}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserSpacesJoin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_provider_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use support token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdProvidersToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    provider_space_support: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    size?: number | string;
                };
            };
        };
        responses: {
            /** @description Supported. The body is empty; `Location` names the space as `/provider/spaces/{id}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightProviderSpacesSupport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_provider: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_provider_supporting_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider no longer supports the space. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdProvidersPid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_default_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default space id, or null. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefaultSpace"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    set_user_default_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    spaceId: string | null;
                };
            };
        };
        responses: {
            /** @description Set. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserSpacesDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    register_provider: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredProvider"];
                };
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_provider: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    unregister_provider: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unregistered. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightProvidersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_groups: {
        parameters: {
            query?: {
                limit?: string;
                page_token?: string;
            };
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPage"];
                };
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default role
                     * @enum {string}
                     */
                    type?: "organization" | "unit" | "team" | "role";
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the group as `/groups/{id}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_groups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_group_for_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default role
                     * @enum {string}
                     */
                    type?: "organization" | "unit" | "team" | "role";
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the group as `/groups/{id}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    modify_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    type?: "organization" | "unit" | "team" | "role";
                } | {
                    name?: string;
                    /** @enum {string} */
                    type: "organization" | "unit" | "team" | "role";
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    get_user_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    leave_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserGroupsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_effective_groups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserEffectiveGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    create_user_group_invite_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use group invite token (`group-invite+jwt`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdUsersToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    join_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Joined. The body is empty; `Location` names the group as `/user/groups/{id}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserGroupsJoin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_users: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_effective_users: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdEffectiveUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_group_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdUsersUid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_groups_effective_user: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdEffectiveUsersUid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_user_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    set_user_group_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    privileges: ("group_change_data" | "group_invite_user" | "group_remove_user" | "group_join_space" | "group_create_space" | "group_set_privileges" | "group_remove" | "group_leave_space" | "group_view_data" | "group_create_space_token" | "group_join_group" | "group_invite_group" | "group_remove_group")[];
                };
            };
        };
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdUsersUidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_groups_user_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The effective privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdEffectiveUsersUidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_nested_group_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use group nest token (`group-nest+jwt`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdNestedToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    join_nested_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Nested. The body is empty; `Location` names the parent as `/groups/{id}/parent/{pid}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdNestedJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_nested_groups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestedGroupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdNested: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_parent_groups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentGroupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdParent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_nested_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nested group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    delete_nested_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdNestedNid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_parent_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parent group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdParentPid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_nested_group_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupPrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    set_group_nested_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    privileges: ("group_change_data" | "group_invite_user" | "group_remove_user" | "group_join_space" | "group_create_space" | "group_set_privileges" | "group_remove" | "group_leave_space" | "group_view_data" | "group_create_space_token" | "group_join_group" | "group_invite_group" | "group_remove_group")[];
                };
            };
        };
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdNestedNidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                nid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_group_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use space group invite token (`space-group-invite+jwt`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdGroupsToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_groups: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    delete_space_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdGroupsGid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_group_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpacePrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    set_space_group_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    privileges: ("space_invite_user" | "space_remove_user" | "space_invite_group" | "space_remove_group" | "space_set_privileges" | "space_remove" | "space_add_provider" | "space_remove_provider" | "space_change_data" | "space_view_data")[];
                };
            };
        };
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdGroupsGidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                gid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_effective_users: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdEffectiveUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_space_effective_user_privileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The effective privileges, in canonical order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpacePrivileges"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightSpacesIdEffectiveUsersUidPrivileges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_spaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Space ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    create_space_for_group: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @default Unnamed space */
                    name?: string;
                    token?: unknown;
                };
            };
        };
        responses: {
            /** @description Created. The body is empty; `Location` names the space as `/groups/{id}/spaces/{sid}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider.
             *
             *     `quota_exceeded`: MAX_SPACES_PER_USER spaces were already created for this user (by them, or by providers redeeming their creation tokens).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden" | "quota_exceeded";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    create_group_spaces_token: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use space creation token (`space-create+jwt`) for the group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceCreateToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdSpacesToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    group_join_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON. An empty body counts as `{}`; unknown keys are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Joined. The body is empty; `Location` names the space as `/groups/{id}/spaces/{sid}`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `invalid_request`: Malformed JSON, a body that is not an object or nests deeper than 32 levels, a field that breaks the body schema, or a malformed Idempotency-Key.
             *
             *     `invalid_token`: A token in the body (space creation, space invite, support, group invite, group nest or space group invite) is invalid, expired, already used, of another kind, or for a space or group that is gone.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request" | "invalid_token";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdSpacesJoin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_group_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    remove_group_from_space: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path: {
                id: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            /** @description `conflict`: The change would leave a space without a member (user or group) holding `space_set_privileges`, or a group without a direct user holding `group_set_privileges`, or would nest a group into itself or one of its descendants. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightGroupsIdSpacesSid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_user_effective_spaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Space ids. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpaceIdList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `forbidden`: Authenticated but not allowed: the wrong kind of caller, a missing privilege, or a token bound to another provider. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "forbidden";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightUserEffectiveSpaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_zone_jwks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JWK Set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_openapi_document: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_console_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console's configuration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleConfig"];
                };
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightConsoleConfigJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
    get_console_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark from an earlier response's D1-Bookmark header: this request then sees at least what that one saw (read-your-writes across D1 read replicas). A malformed bookmark is ignored. */
                "D1-Bookmark"?: components["parameters"]["D1-Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console's page (text/html) or one of its files. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `not_found`: No such route or resource; a space, group or provider the caller may not see is not found either (404, never 403). */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                    } & WithRequired<components["schemas"]["Error"], "error">;
                };
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    preflightConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The methods and headers this path accepts. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "D1-Bookmark": components["headers"]["D1-Bookmark"];
                    Allow: components["headers"]["Allow"];
                    "Access-Control-Allow-Methods": components["headers"]["Access-Control-Allow-Methods"];
                    "Access-Control-Allow-Headers": components["headers"]["Access-Control-Allow-Headers"];
                    "Access-Control-Max-Age": components["headers"]["Access-Control-Max-Age"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
