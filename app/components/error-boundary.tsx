import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";

import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { requestIdOfError } from "../utils/request-id";

const MESSAGES: Record<number, { title: MessageKey; text: MessageKey }> = {
  400: { title: "error.badRequest.title", text: "error.badRequest.text" },
  403: { title: "error.forbidden.title", text: "error.forbidden.text" },
  404: { title: "error.notFound.title", text: "error.notFound.text" },
  413: { title: "error.tooLarge.title", text: "error.tooLarge.text" },
};

const UNEXPECTED = { title: "error.unexpected.title", text: "error.unexpected.text" } as const;

/**
 * One error page for the whole app: thrown 400/403/404 responses get their own message; anything else
 * gets a friendly "something went wrong" without details (those go to the server log), and the request
 * id the log holds them under.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Any other 4xx is the request's fault, not ours: say so rather than "something went wrong".
  const messages = MESSAGES[status] ?? (status >= 400 && status < 500 ? MESSAGES[400]! : UNEXPECTED);
  const requestId = requestIdOfError(error, useRouteLoaderData<{ requestId?: string }>("root")?.requestId);
  return (
    <div className="error-page" role="alert">
      <h1>{t(messages.title)}</h1>
      <p>{t(messages.text)}</p>
      {requestId ? <p className="error-page-id">{t("error.requestId", { id: requestId })}</p> : null}
      <p>
        <a href="/">{t("error.home")}</a>
      </p>
    </div>
  );
}
