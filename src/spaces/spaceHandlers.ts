import { requireProvider, requireUser } from "../auth/authenticate";
import { isRandomId } from "../common/randomId";
import type { AppHandler, AppRequest } from "../http/AppRequest";
import { jsonResponse } from "../http/jsonResponse";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { spaceNotFound } from "./spaceAccess";
import { listProviderSpaces, listUserSpaces, readSpace, readSpaceProviders } from "./spaceReads";
import { RenameSpaceSchema } from "./spaceSchemas";
import { deleteSpace, renameSpace } from "./spaceStore";

/** Middleware: a path id that this API could never have issued is a 404 without touching D1. */
export const withSpaceId: AppHandler = (request) => {
  if (!isRandomId(request.params.id ?? "")) throw spaceNotFound();
};

/** `GET /spaces/{id}`. */
export const getSpace = async (request: AppRequest) =>
  jsonResponse(await readSpace(request.db, request.params.id!, request.caller));

/** `PATCH /spaces/{id}` `{name}`. */
export const patchSpace = async (request: AppRequest) => {
  const { name } = parseInput(RenameSpaceSchema, await readJsonBody(request));
  await renameSpace(request.db, request.params.id!, request.caller, name);
  return new Response(null, { status: 204 });
};

/** `DELETE /spaces/{id}`. */
export const removeSpace = async (request: AppRequest) => {
  await deleteSpace(request.db, request.params.id!, request.caller);
  return new Response(null, { status: 204 });
};

/** `GET /spaces/{id}/providers`. */
export const getSpaceProviders = async (request: AppRequest) =>
  jsonResponse({ providers: await readSpaceProviders(request.db, request.params.id!, request.caller) });

/** `GET /user/spaces`: users only. */
export const getUserSpaces = async (request: AppRequest) =>
  jsonResponse({ spaces: await listUserSpaces(request.db, requireUser(request.caller)) });

/** `GET /provider/spaces`: providers only. */
export const getProviderSpaces = async (request: AppRequest) =>
  jsonResponse({ spaces: await listProviderSpaces(request.db, requireProvider(request.caller)) });
