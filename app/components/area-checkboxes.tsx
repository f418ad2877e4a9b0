import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";

/** The areas a programme manager is responsible for, as checkboxes named `areaIds`. */
export function AreaCheckboxes({
  areas,
  chosen,
  errors,
}: {
  areas: { id: number; name: string }[];
  chosen: string[];
  errors?: MessageKey[];
}) {
  const { t } = useTranslation();
  const hasError = errors !== undefined && errors.length > 0;
  return (
    <fieldset className={`form-group${hasError ? " form-error" : ""}`} aria-describedby={`areas-hint${hasError ? " areas-error" : ""}`}>
      <legend className="form-label">{t("admin.users.areas")}</legend>
      <span className="form-hint" id="areas-hint">
        {t("admin.users.areasHint")}
      </span>
      {hasError ? (
        <span className="form-error-message" id="areas-error">
          {errors.map((k) => t(k)).join(" ")}
        </span>
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
