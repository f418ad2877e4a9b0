import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";

import { ErrorSummary, Field } from "../components/forms";
import { parseForm, refuse } from "../forms/form.server";
import { LoginSchema } from "../forms/login.server";
import { formValue } from "../forms/types";
import { formatDateTimeLong } from "../i18n/format";
import { useTranslation } from "../i18n/use-translation";
import { getLoginPageInfo, signIn } from "../models/login.server";
import { pageTitle } from "../utils/meta";
import { homeFor } from "../utils/permissions";
import { safeRedirectPath } from "../utils/redirect";
import { createSession, getSessionUser } from "../utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("login.title"));

/** Document responses take only the headers a route passes on: keep Retry-After on a 429. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers();
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getSessionUser(request);
  if (user) return redirect(safeRedirectPath(url.searchParams.get("redirectTo"), homeFor(user.role)));
  return json(getLoginPageInfo());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, LoginSchema, { omit: ["password"], maxBytes: 8 * 1024 });
  if (!form.ok) return refuse<Throttle>(form);
  const outcome = await signIn(form.value.email, form.value.password, context.clientAddress ?? "unknown");
  if (outcome.kind === "throttled") {
    const seconds = Math.max(1, Math.ceil((outcome.until.getTime() - Date.now()) / 1000));
    const response = refuse<Throttle>(form, {}, 429, { retryAt: outcome.until.toISOString() });
    response.headers.set("Retry-After", String(seconds));
    return response;
  }
  // One message whether the email is unknown, the password wrong or the account disabled.
  if (outcome.kind === "refused") return refuse<Throttle>(form, { _form: ["login.error.credentials"] }, 401);
  const cookie = await createSession(outcome.userId, request);
  // Where the person was going, or where their role's work is.
  return redirect(safeRedirectPath(form.value.redirectTo, homeFor(outcome.role)), { status: 303, headers: { "Set-Cookie": cookie } });
}

/** A refusal for too many attempts says until when. */
type Throttle = { retryAt: string };

export default function Login() {
  const info = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const { t, lang } = useTranslation();
  const throttled = result?.retryAt ? [t("login.error.throttled", { time: formatDateTimeLong(lang, result.retryAt) })] : undefined;
  const wanted = params.get("redirectTo");
  const redirectTo = wanted ? safeRedirectPath(wanted) : "";

  return (
    <div className="login-page">
      <h1>{t("login.title")}</h1>
      {info.demo ? (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-heading">{t("login.demo.title")}</p>
            <p className="alert-text">{t("login.demo.text")}</p>
          </div>
        </div>
      ) : null}
      {info.noUsers ? (
        <div className="alert alert-warning" role="note">
          <div className="alert-body">
            <p className="alert-heading">{t("login.firstAdmin.title")}</p>
            <p className="alert-text">{t("login.firstAdmin.text")}</p>
            <pre className="command">npm run user:create -- --email you@example.dk --role admin</pre>
          </div>
        </div>
      ) : null}
      <ErrorSummary errors={result?.errors} messages={throttled} />
      <Form method="post" className="login-form">
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field id="email" label={t("login.email")} errors={result?.errors.email}>
          {(aria) => (
            <input
              className="form-input"
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              maxLength={254}
              defaultValue={formValue(result?.values, "email")}
              {...aria}
            />
          )}
        </Field>
        <Field id="password" label={t("login.password")} errors={result?.errors.password}>
          {(aria) => (
            <input
              className="form-input"
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
    </div>
  );
}
