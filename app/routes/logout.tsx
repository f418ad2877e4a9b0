import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { destroySession } from "../utils/session.server";

/** Sign-out is a POST (a link could be triggered by another site); it revokes the session on the server. */
export async function action({ request }: ActionFunctionArgs) {
  return redirect("/login", { status: 303, headers: { "Set-Cookie": await destroySession(request) } });
}

export function loader() {
  return redirect("/");
}
