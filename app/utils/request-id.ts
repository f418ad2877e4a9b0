/**
 * Every request gets an id (server.ts) that the server log and the person's error page both show, so that
 * "error id 3f9a1c0b7e2d" on a screenshot leads to the logged error. Shared with the browser: after a
 * client-side navigation the error reaches the error boundary only as a message, so the id rides in it.
 */
const IN_MESSAGE = /\[request ([0-9a-f]{12})\]/;

/** Remix's own text for an error whose details it hides outside development. */
const UNEXPECTED_SERVER_ERROR = "Unexpected Server Error";

export function messageWithRequestId(requestId: string): string {
  return `${UNEXPECTED_SERVER_ERROR} [request ${requestId}]`;
}

/**
 * The request id an unexpected error came with: from its message (data requests), or, for the sanitised
 * error of a document request, the id of the document's own request. Null for errors that arose in the
 * browser, which the server never saw.
 */
export function requestIdOfError(error: unknown, documentRequestId: string | undefined): string | null {
  if (!(error instanceof Error)) return null;
  const fromMessage = IN_MESSAGE.exec(error.message)?.[1];
  if (fromMessage) return fromMessage;
  if (error.message === UNEXPECTED_SERVER_ERROR && documentRequestId && /^[0-9a-f]{12}$/.test(documentRequestId)) return documentRequestId;
  return null;
}
