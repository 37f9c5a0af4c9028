import type { components } from "../../../client/spacegate";
import { type SpacegateApi, unwrap } from "./client";

export type Provider = components["schemas"]["Provider"];
export type RegisteredProvider = components["schemas"]["RegisteredProvider"];

/** Registers a provider (zone administrators only); its token is in the answer, this once. */
export function registerProvider(api: SpacegateApi, name: string): Promise<RegisteredProvider> {
  return unwrap(api.POST("/providers", { body: { name } }));
}

export function readProvider(api: SpacegateApi, id: string): Promise<Provider> {
  return unwrap(api.GET("/providers/{id}", { params: { path: { id } } }));
}

/** Revokes a provider: its token stops working at once. */
export function revokeProvider(api: SpacegateApi, id: string): Promise<unknown> {
  return unwrap(api.DELETE("/providers/{id}", { params: { path: { id } }, parseAs: "text" }));
}
