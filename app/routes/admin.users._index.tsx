import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { AreaCheckboxes } from "../components/area-checkboxes";
import { ErrorSummary, Field, SavedNotice, useFreshFormKey } from "../components/forms";
import { ScrollArea } from "../components/scroll-area";
import { ROLES } from "../domain/constants";
import { DuplicateError } from "../domain/errors";
import { parseForm, refuse } from "../forms/form.server";
import { formValue, formValues } from "../forms/types";
import { CreateUserSchema } from "../forms/user.server";
import { useTranslation } from "../i18n/use-translation";
import { areaOptions, createUser, listUsers } from "../models/user.server";
import { requireUserWith } from "../utils/auth.server";
import { redirectSaved } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t("admin.users.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWith(request, "users:manage");
  return json({ users: listUsers(), areas: areaOptions() });
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUserWith(request, "users:manage");
  const form = await parseForm(request, CreateUserSchema, { omit: ["password"] });
  if (!form.ok) return refuse(form);
  const known = new Set(areaOptions().map((a) => a.id));
  if (form.value.areaIds.some((id) => !known.has(id))) return refuse(form, { areaIds: ["form.areaUnknown"] });
  try {
    const user = await createUser(form.value, actor.id);
    return redirectSaved("/admin/users", "userCreated", { name: user.email });
  } catch (error) {
    if (error instanceof DuplicateError) return refuse(form, { email: ["form.emailTaken"] }, 409);
    throw error;
  }
}

export default function AdminUsers() {
  const { users, areas } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const formKey = useFreshFormKey();
  const errors = result?.errors ?? {};
  const str = (key: string) => formValue(result?.values, key);
  const chosenAreas = formValues(result?.values, "areaIds");

  return (
    <>
      <h1>{t("admin.users.title")}</h1>
      <p className="font-lead">{t("admin.users.intro")}</p>
      <SavedNotice />

      <ScrollArea label={t("admin.users.title")}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("admin.users.email")}</th>
              <th scope="col">{t("admin.users.name")}</th>
              <th scope="col">{t("admin.users.role")}</th>
              <th scope="col">{t("admin.users.areas")}</th>
              <th scope="col">{t("admin.users.status")}</th>
              <th scope="col">
                <span className="sr-only">{t("admin.users.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.email}</th>
                <td>{u.name}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>{u.areas.map((a) => a.name).join(", ") || t("common.none")}</td>
                <td>{u.disabledAt ? t("admin.users.disabled") : t("admin.users.active")}</td>
                <td>
                  <Link to={`/admin/users/${u.id}`} aria-label={`${t("admin.users.edit")}: ${u.email}`}>
                    {t("admin.users.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>

      <section aria-labelledby="create-user" className="form-section">
        <h2 id="create-user">{t("admin.users.create")}</h2>
        <ErrorSummary errors={errors} />
        <Form method="post" noValidate key={formKey}>
          <Field id="email" label={t("admin.users.email")} errors={errors.email}>
            {(aria) => (
              <input className="form-input" id="email" name="email" type="email" maxLength={254} defaultValue={str("email")} {...aria} />
            )}
          </Field>
          <Field id="name" label={t("admin.users.name")} errors={errors.name}>
            {(aria) => <input className="form-input" id="name" name="name" maxLength={120} defaultValue={str("name")} {...aria} />}
          </Field>
          <Field id="role" label={t("admin.users.role")} errors={errors.role}>
            {(aria) => (
              <select className="form-select" id="role" name="role" defaultValue={str("role") || "board"} {...aria}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <AreaCheckboxes areas={areas} chosen={chosenAreas} errors={errors.areaIds} />
          <Field id="password" label={t("admin.users.password")} hint={t("admin.users.passwordHint")} errors={errors.password}>
            {(aria) => <input className="form-input" id="password" name="password" type="password" autoComplete="new-password" {...aria} />}
          </Field>
          <button type="submit" className="button button-primary">
            {t("admin.users.create")}
          </button>
        </Form>
      </section>
    </>
  );
}
