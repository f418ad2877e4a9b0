import type { ReactNode } from "react";

import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";

/**
 * Housing areas as checkboxes named `areaIds`: by default, the areas a programme manager is responsible for;
 * a plan's or an activity's areas with their own legend and hint. `children` adds to the error message
 * (e.g. the activities that keep an area in a plan).
 */
export function AreaCheckboxes({
  areas,
  chosen,
  errors,
  legend,
  hint,
  children,
}: {
  areas: { id: number; name: string }[];
  chosen: string[];
  errors?: MessageKey[];
  legend?: string;
  hint?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const hasError = errors !== undefined && errors.length > 0;
  return (
    <fieldset className={`form-group${hasError ? " form-error" : ""}`} aria-describedby={`areas-hint${hasError ? " areas-error" : ""}`}>
      <legend className="form-label">{legend ?? t("admin.users.areas")}</legend>
      <span className="form-hint" id="areas-hint">
        {hint ?? t("admin.users.areasHint")}
      </span>
      {hasError ? (
        <div className="form-error-message" id="areas-error">
          {errors.map((k) => t(k)).join(" ")}
          {children}
        </div>
      ) : null}
      {areas.map((a) => (
        <div className="form-group-checkbox" key={a.id}>
          <input
            className="form-checkbox"
            type="checkbox"
            id={`area-${a.id}`}
            name="areaIds"
            value={String(a.id)}
            defaultChecked={chosen.includes(String(a.id))}
            {...(hasError ? { "aria-invalid": true, "aria-describedby": "areas-error" } : {})}
          />
          <label htmlFor={`area-${a.id}`}>{a.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
