import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";

import { GeneralErrorBoundary } from "../components/error-boundary";
import { requireUser } from "../utils/auth.server";

/** Any path no route claims: a 404 shown by the shared error boundary. */
/** Signed in first: an anonymous visitor learns nothing about which paths exist. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  throw new Response("Not found", { status: 404 });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
