import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { AreaCheckboxes } from "../components/area-checkboxes";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, Field, SuccessNotice } from "../components/forms";
import { isMessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import { pageTitle } from "../utils/meta";
import { areaOptions, getUserById, resetPassword, StaleVersionError, updateUser } from "../models/user.server";
import { requireUserWith } from "../utils/auth.server";
import { ROLES } from "../utils/domain";
import { fieldErrors, readForm, type FieldErrors } from "../utils/forms.server";
import { invariantResponse, requireId } from "../utils/http.server";
import { formToObject, ResetPasswordSchema, UpdateUserSchema } from "../utils/user-forms.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("admin.users.editTitle", { email: data.user.email }) : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "users:manage");
  const user = getUserById(requireId(params.id));
  invariantResponse(user, 404);
  return json({ user, areas: areaOptions() });
}

type ActionData = { intent: "update" | "reset"; errors: FieldErrors; values: Record<string, unknown> };

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUserWith(request, "users:manage");
  const id = requireId(params.id);
  invariantResponse(getUserById(id), 404);
  const raw = formToObject(await readForm(request), ["areaIds"]);

  if (raw.intent === "reset-password") {
    const parsed = ResetPasswordSchema.safeParse(raw);
    if (!parsed.success) {
      return json<ActionData>({ intent: "reset", errors: fieldErrors(parsed.error, isMessageKey), values: {} }, { status: 400 });
    }
    await resetPassword(id, parsed.data.password, actor.id);
    return redirect(`/admin/users/${id}?done=reset`, 303);
  }

  if (raw.intent !== "update") throw new Response("Bad request: unknown intent", { status: 400 });
  const parsed = UpdateUserSchema.safeParse(raw);
  if (!parsed.success) {
    return json<ActionData>({ intent: "update", errors: fieldErrors(parsed.error, isMessageKey), values: raw }, { status: 400 });
  }
  const known = new Set(areaOptions().map((a) => a.id));
  if (parsed.data.areaIds.some((areaId) => !known.has(areaId))) {
    return json<ActionData>({ intent: "update", errors: { areaIds: ["form.areaUnknown"] }, values: raw }, { status: 400 });
  }
  // An admin who demotes or disables themselves could leave nobody able to manage users.
  if (id === actor.id && (parsed.data.role !== "admin" || parsed.data.disabled)) {
    return json<ActionData>({ intent: "update", errors: { role: ["form.selfLockout"] }, values: raw }, { status: 400 });
  }
  try {
    updateUser(id, parsed.data, actor.id);
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return json<ActionData>({ intent: "update", errors: { _form: ["form.stale"] }, values: raw }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/admin/users/${id}?done=saved`, 303);
}

export default function AdminUser() {
  const { user, areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const updateErrors = result?.intent === "update" ? result.errors : {};
  const resetErrors = result?.intent === "reset" ? result.errors : {};
  // After a 409 the form shows the stored values (so the person sees what changed); otherwise what they typed.
  const typed = result?.intent === "update" && !updateErrors._form ? result.values : null;
  const name = typeof typed?.name === "string" ? typed.name : user.name;
  const role = typeof typed?.role === "string" ? typed.role : user.role;
  const chosen = Array.isArray(typed?.areaIds) ? (typed.areaIds as string[]) : user.areas.map((a) => String(a.id));
  const disabled = typed ? typed.disabled === "on" : user.disabledAt !== null;
  const done = params.get("done");

  return (
    <>
      <p>
        <Link to="/admin/users">{t("admin.users.back")}</Link>
      </p>
      <h1>{t("admin.users.editTitle", { email: user.email })}</h1>
      <SuccessNotice message={done ? t(done === "reset" ? "admin.users.resetDone" : "admin.users.saved") : null} />
      <ErrorSummary errors={updateErrors} />
      <Form method="post" noValidate key={`${user.version}`}>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="version" value={user.version} />
        <Field id="name" label={t("admin.users.name")} errors={updateErrors.name}>
          {(aria) => <input className="form-input" id="name" name="name" maxLength={120} defaultValue={name} {...aria} />}
        </Field>
        <Field id="role" label={t("admin.users.role")} errors={updateErrors.role}>
          {(aria) => (
            <select className="form-select" id="role" name="role" defaultValue={role} {...aria}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <AreaCheckboxes areas={areas} chosen={chosen} errors={updateErrors.areaIds} />
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="disabled" name="disabled" defaultChecked={disabled} />
          <label htmlFor="disabled">{t("admin.users.disable")}</label>
        </div>
        <p>
          <button type="submit" className="button button-primary">
            {t("admin.users.save")}
          </button>
        </p>
      </Form>

      <section aria-labelledby="reset" className="form-section">
        <h2 id="reset">{t("admin.users.resetPassword")}</h2>
        <ErrorSummary errors={resetErrors} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="reset-password" />
          <Field id="new-password" label={t("admin.users.password")} hint={t("admin.users.passwordHint")} errors={resetErrors.password}>
            {(aria) => (
              <input className="form-input" id="new-password" name="password" type="password" autoComplete="new-password" {...aria} />
            )}
          </Field>
          <button type="submit" className="button button-secondary">
            {t("admin.users.resetSubmit")}
          </button>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
