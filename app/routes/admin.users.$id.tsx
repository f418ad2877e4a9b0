import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { AreaCheckboxes } from "../components/area-checkboxes";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, Field, SavedNotice, useFreshFormKey } from "../components/forms";
import { ROLES } from "../domain/constants";
import { VersionConflictError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { formValue, formValues } from "../forms/types";
import { UserPageSchema } from "../forms/user.server";
import { useTranslation } from "../i18n/use-translation";
import { areaOptions, getUserById, resetPassword, updateUser } from "../models/user.server";
import { requireUserWith } from "../utils/auth.server";
import { httpError, invariantResponse, redirectSaved, requireId } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, (t) => (data ? t("admin.users.editTitle", { email: data.user.email }) : undefined));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWith(request, "users:manage");
  const user = getUserById(requireId(params.id));
  invariantResponse(user, 404);
  return json({ user, areas: areaOptions() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUserWith(request, "users:manage");
  const id = requireId(params.id);
  invariantResponse(getUserById(id), 404);
  const form = await parseForm(request, UserPageSchema, { omit: ["password"] });
  if (!form.ok) return refuse(form);
  const value = form.value;

  if (value.intent === "reset-password") {
    await resetPassword(id, value.password, actor.id);
    return redirectSaved(`/admin/users/${id}`, "password");
  }

  const known = new Set(areaOptions().map((a) => a.id));
  if (value.areaIds.some((areaId) => !known.has(areaId))) return refuse(form, { areaIds: ["form.areaUnknown"] });
  // An admin who demotes or disables themselves could leave nobody able to manage users.
  if (id === actor.id && (value.role !== "admin" || value.disabled)) return refuse(form, { role: ["form.selfLockout"] });
  try {
    updateUser(id, value, actor.id);
  } catch (error) {
    if (error instanceof VersionConflictError) return refuse(form, { _form: ["form.stale"] }, 409);
    throw httpError(error);
  }
  return redirectSaved(`/admin/users/${id}`, "user");
}

export default function AdminUser() {
  const { user, areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const intent = formValue(result?.values, "intent");
  const updateErrors = intent === "update" ? (result?.errors ?? {}) : {};
  const resetErrors = intent === "reset-password" ? (result?.errors ?? {}) : {};
  // After a 409 the form shows the stored values (so the person sees what changed); otherwise what they typed.
  const typed = intent === "update" && !updateErrors._form ? result?.values : undefined;
  const name = typed ? formValue(typed, "name") : user.name;
  const role = typed ? formValue(typed, "role") : user.role;
  const chosen = typed ? formValues(typed, "areaIds") : user.areas.map((a) => String(a.id));
  const disabled = typed ? formValue(typed, "disabled") === "on" : user.disabledAt !== null;

  return (
    <>
      <p>
        <Link to="/admin/users">{t("admin.users.back")}</Link>
      </p>
      <h1>{t("admin.users.editTitle", { email: user.email })}</h1>
      <SavedNotice />
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
        <Form method="post" noValidate key={formKey}>
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
