import { requireProvider, requireUser, withCaller } from "../auth/authenticate";
import { isRandomId } from "../common/randomId";
import type { AppHandler, AppRequest } from "../http/AppRequest";
import type { RouteDefinition } from "../http/createApiRouter";
import { jsonResponse } from "../http/jsonResponse";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { createSpace } from "./createSpace";
import { issueSpaceCreateTokenRoute } from "./issueSpaceCreateTokenRoute";
import { spaceNotFound } from "./spaceAccess";
import { listProviderSpaces, listUserSpaces, readSpace, readSpaceProviders } from "./spaceReads";
import { RenameSpaceSchema } from "./spaceSchemas";
import { deleteSpace, renameSpace } from "./spaceStore";

/** Middleware: a path id that this API could never have issued is a 404 without touching D1. */
const withSpaceId: AppHandler = (request) => {
  if (!isRandomId(request.params.id ?? "")) throw spaceNotFound();
};

const getSpace = async (request: AppRequest) =>
  jsonResponse(await readSpace(request.db, request.params.id!, request.caller));

const patchSpace = async (request: AppRequest) => {
  const { name } = parseInput(RenameSpaceSchema, await readJsonBody(request));
  await renameSpace(request.db, request.params.id!, request.caller, name);
  return new Response(null, { status: 204 });
};

const removeSpace = async (request: AppRequest) => {
  await deleteSpace(request.db, request.params.id!, request.caller);
  return new Response(null, { status: 204 });
};

const getSpaceProviders = async (request: AppRequest) =>
  jsonResponse({ providers: await readSpaceProviders(request.db, request.params.id!, request.caller) });

const getUserSpaces = async (request: AppRequest) =>
  jsonResponse({ spaces: await listUserSpaces(request.db, requireUser(request.caller)) });

const getProviderSpaces = async (request: AppRequest) =>
  jsonResponse({ spaces: await listProviderSpaces(request.db, requireProvider(request.caller)) });

export const spaceRoutes: RouteDefinition[] = [
  { method: "POST", path: "/spaces", handlers: [withCaller, createSpace] },
  { method: "GET", path: "/spaces/:id", handlers: [withCaller, withSpaceId, getSpace] },
  { method: "PATCH", path: "/spaces/:id", handlers: [withCaller, withSpaceId, patchSpace] },
  { method: "DELETE", path: "/spaces/:id", handlers: [withCaller, withSpaceId, removeSpace] },
  { method: "GET", path: "/spaces/:id/providers", handlers: [withCaller, withSpaceId, getSpaceProviders] },
  { method: "GET", path: "/user/spaces", handlers: [withCaller, getUserSpaces] },
  { method: "GET", path: "/user/spaces/token", handlers: [withCaller, issueSpaceCreateTokenRoute] },
  { method: "POST", path: "/user/spaces/token", handlers: [withCaller, issueSpaceCreateTokenRoute] },
  { method: "GET", path: "/provider/spaces", handlers: [withCaller, getProviderSpaces] },
];
