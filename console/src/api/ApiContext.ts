import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Session } from "../auth/session";
import type { SpacegateApi } from "./client";

export interface ApiContextValue {
  readonly api: SpacegateApi;
  readonly session: Session;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

/** The typed client and the signed-in person, for views under the signed-in layout. */
export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error("useApi outside a signed-in view");
  return value;
}
