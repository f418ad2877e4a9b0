import { useRouteLoaderData } from "@remix-run/react";

import type { Role } from "../domain/constants";

export type ClientUser = { id: number; name: string; email: string; role: Role; areaIds: number[] };

/** The signed-in user as the root loader gave it, for showing and hiding UI (the server decides). */
export function useOptionalUser(): ClientUser | null {
  const data = useRouteLoaderData<{ user?: ClientUser | null }>("root");
  return data?.user ?? null;
}
