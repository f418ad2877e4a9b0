import { useLocation, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";

import type { FormErrors } from "../forms/types";
import { isMessageKey, type MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: MessageKey[];
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

/** A DKFDS form group: label, optional hint, the error beside the field, and the ARIA that ties them. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  const { t } = useTranslation();
  const hasError = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`form-group${hasError ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {hasError ? (
        <span className="form-error-message" id={`${id}-error`}>
          {errors.map((key) => t(key)).join(" ")}
        </span>
      ) : null}
      {children({
        ...(hasError ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
    </div>
  );
}

/** A summary of what is wrong, at the top of a form that was refused: messages, or field errors to translate. */
export function ErrorSummary({ messages, errors }: { messages?: string[]; errors?: FormErrors }) {
  const { t } = useTranslation();
  const all = [...(messages ?? []), ...Object.values(errors ?? {}).flatMap((keys) => (keys ?? []).map((k) => t(k)))];
  if (all.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t("form.summary")}</p>
        <ul className="alert-text">
          {all.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The confirmation after a successful write. Actions redirect with `?saved=<what>` (`redirectSaved`), and
 * the page shows the catalogue's `saved.<what>` message (with `{name}` from `?name=` where it has one).
 */
export function SavedNotice() {
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const key = `saved.${params.get("saved") ?? ""}`;
  if (!isMessageKey(key)) return null;
  return <SuccessNotice message={t(key, { name: params.get("name") ?? "" })} />;
}

/** A green confirmation; says nothing when there is nothing to confirm. */
function SuccessNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{message}</p>
      </div>
    </div>
  );
}

/**
 * After a 409: what someone else stored meanwhile, for each field where it differs from what this person
 * typed, so they can see what changed before saving again.
 */
export function ConflictNotice({
  message,
  current,
  typed,
  labels,
  display = {},
}: {
  message: string;
  /** The stored values, as a form would send them (ids as strings, lists joined by ", "). */
  current: Record<string, string>;
  typed: Record<string, string | string[]> | undefined;
  labels: Record<string, string>;
  /** How to show a stored value where it differs from the form's (e.g. area names for area ids). */
  display?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const changed = Object.keys(labels).filter((field) => {
    const mine = typed?.[field];
    return (Array.isArray(mine) ? mine.join(", ") : (mine ?? "")) !== (current[field] ?? "");
  });
  return (
    <div className="alert alert-warning" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{message}</p>
        {changed.length > 0 ? (
          <>
            <p className="alert-text">{t("conflict.current")}</p>
            <dl className="conflict-values">
              {changed.map((field) => (
                <div key={field}>
                  <dt>{labels[field]}</dt>
                  <dd>{(display[field] ?? current[field]) || t("common.none")}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        <p className="alert-text">{t("conflict.saveAgain")}</p>
      </div>
    </div>
  );
}

/**
 * A key for a form that stays on the page after a successful save (the action redirects back here): every
 * navigation has a new location key, so the form starts afresh instead of keeping what was just saved in
 * its fields; a refused save does not navigate, so what was typed stays.
 */
export function useFreshFormKey(): string {
  return useLocation().key;
}
