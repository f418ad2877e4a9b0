// Both languages' messages, before anything renders (the browser gets only its page's: entry.client.tsx).
import "./i18n/catalogues.server";

import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";

import { logUnexpectedError } from "./utils/errors.server";
import { renderHtmlStream } from "./utils/html-stream.server";
import { NonceProvider } from "./utils/nonce";
import { messageWithRequestId } from "./utils/request-id";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  let shellRendered = false;
  // A shell error rejects here and reaches the error boundary through Remix.
  const body = await renderHtmlStream(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
    </NonceProvider>,
    {
      nonce,
      // Bots get the whole document at once; people get it streamed.
      waitForAll: isbot(request.headers.get("user-agent") ?? ""),
      abortAfterMs: ABORT_DELAY,
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors after the shell are logged here; errors before it reach the error boundary.
        if (shellRendered) logUnexpectedError(loadContext.requestId, describe(request), error);
      },
    },
  );
  shellRendered = true;
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(body, { headers: responseHeaders, status: responseStatusCode });
}

function describe(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

/**
 * Logs unexpected errors from loaders and actions once, with the request's id, without their details
 * reaching the user (the error page shows the id).
 */
export function handleError(error: unknown, { request, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  if (error instanceof Response) return;
  // Remix's own answers to a client's mistake (a POST to a page that takes none: 405; a data request for a
  // route that does not exist) are expected, and anyone can send them: not for the error log.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  logUnexpectedError(context.requestId, describe(request), error);
}

/**
 * A data request's unexpected error reaches the browser as `{ message }` only: put the request id in the
 * message, so the error page after a client-side navigation can show it too.
 */
export function handleDataRequest(response: Response, { context }: LoaderFunctionArgs | ActionFunctionArgs): Response {
  if (response.status < 500 || response.headers.get("X-Remix-Error") !== "yes") return response;
  return json({ message: messageWithRequestId(context.requestId) }, { status: response.status, headers: response.headers });
}
