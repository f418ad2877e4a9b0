import { PassThrough } from "node:stream";

import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable, json } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";

import { logUnexpectedError } from "./utils/errors.server";
import { NonceProvider } from "./utils/nonce";
import { messageWithRequestId } from "./utils/request-id";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  // Bots get the whole document at once; people get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; errors before it reach the error boundary.
          if (shellRendered) logUnexpectedError(loadContext.requestId, describe(request), error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
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
