import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

/**
 * Funding sources moved to /funding/sources when fundraisers began to create them (issue 10): an old
 * bookmark is sent there, and a form posted from a page opened before the move is still answered by the same
 * action, with the same rules (a new source is created; an edit from such a page has no version, and is
 * refused with "reload the page", as it may overwrite a change made since).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(`/funding/sources${new URL(request.url).search}`, 301);
}

export { action } from "./funding.sources";
