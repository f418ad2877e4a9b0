import { redirect } from "@remix-run/node";

import { type Action, type AreaScoped, can } from "./permissions";
import { getSessionUser, type SessionUser } from "./session.server";

export type { SessionUser };

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (user) return user;
  const url = new URL(request.url);
  // After sign-in, a POST cannot be replayed: come back to the page instead.
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
}

/** Throws 403 unless the user may do this (to this subject). */
export function requirePermission(user: SessionUser, action: Action, subject?: AreaScoped): void {
  if (!can(user, action, subject)) throw new Response("Forbidden", { status: 403 });
}

/** Sign-in plus a permission, the usual first line of a loader or action. */
export async function requireUserWith(request: Request, action: Action, subject?: AreaScoped): Promise<SessionUser> {
  const user = await requireUser(request);
  requirePermission(user, action, subject);
  return user;
}
