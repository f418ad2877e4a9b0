import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";

import { ErrorSummary, Field } from "../components/forms";
import { formatDateTime } from "../i18n/format";
import { isMessageKey, translator } from "../i18n/i18n";
import { getLang } from "../i18n/lang.server";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { getLoginPageInfo, signIn } from "../models/login.server";
import { readForm } from "../utils/forms.server";
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

const LoginSchema = z.object({
  email: z.string().trim().min(1, "login.error.emailRequired").max(254, "login.error.emailTooLong"),
  password: z.string().min(1, "login.error.passwordRequired").max(200, "login.error.passwordTooLong"),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await getSessionUser(request)) return redirect(safeRedirectPath(url.searchParams.get("redirectTo")));
  return json(getLoginPageInfo());
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, 8 * 1024);
  const { t, lang } = translator(await getLang(request));
  const parsed = LoginSchema.safeParse(Object.fromEntries(form));
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 254) : "";
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => t(isMessageKey(i.message) ? i.message : "form.invalid"));
    return json({ error: [...new Set(messages)].join(" "), email }, { status: 400 });
  }
  const outcome = await signIn(parsed.data.email, parsed.data.password, context.clientAddress ?? "unknown");
  if (outcome.kind === "throttled") {
    const until = outcome.until.toISOString();
    return json(
      { error: t("login.error.throttled", { time: formatDateTime(lang, until) }), email },
      { status: 429, headers: { "Retry-After": String(Math.max(1, Math.ceil((outcome.until.getTime() - Date.now()) / 1000))) } },
    );
  }
  if (outcome.kind === "refused") {
    // One message whether the email is unknown, the password wrong or the account disabled.
    return json({ error: t("login.error.credentials"), email }, { status: 401 });
  }
  const cookie = await createSession(outcome.userId, request);
  return redirect(safeRedirectPath(parsed.data.redirectTo), { status: 303, headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const info = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const redirectTo = safeRedirectPath(params.get("redirectTo"));

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
      {result?.error ? <ErrorSummary messages={[result.error]} /> : null}
      <Form method="post" className="login-form">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field id="email" label={t("login.email")}>
          {(aria) => (
            <input
              className="form-input"
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              maxLength={254}
              defaultValue={result?.email ?? ""}
              {...aria}
            />
          )}
        </Field>
        <Field id="password" label={t("login.password")}>
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
