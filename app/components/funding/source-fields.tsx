import { FUNDING_SOURCE_KINDS } from "../../domain/constants";
import { type FormErrors, formValue, type FormValues } from "../../forms/types";
import { useTranslation } from "../../i18n/use-translation";
import { Field } from "../forms";

/**
 * A funding source's fields. Whether it counts as local co-financing is an administrator's choice: others
 * get no checkbox (and the server refuses the field from them), only a line saying who decides.
 */
export function SourceFields({
  prefix,
  values,
  errors,
  mayChooseLocal,
}: {
  prefix: string;
  values: FormValues | undefined;
  errors: FormErrors;
  mayChooseLocal: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id={`${prefix}-name`} label={t("sources.name")} errors={errors.name}>
        {(aria) => (
          <input
            className="form-input"
            id={`${prefix}-name`}
            name="name"
            required
            maxLength={120}
            defaultValue={formValue(values, "name")}
            {...aria}
          />
        )}
      </Field>
      <Field id={`${prefix}-kind`} label={t("sources.kind")} errors={errors.kind}>
        {(aria) => (
          <select
            className="form-select"
            id={`${prefix}-kind`}
            name="kind"
            defaultValue={formValue(values, "kind", "foundation")}
            {...aria}
          >
            {FUNDING_SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sourceKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {mayChooseLocal ? (
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id={`${prefix}-local`}
            name="countsAsLocal"
            defaultChecked={formValue(values, "countsAsLocal") === "on"}
          />
          <label htmlFor={`${prefix}-local`}>{t("sources.countsAsLocal")}</label>
        </div>
      ) : (
        <p className="form-hint">{t("sourcesPage.localByAdmin")}</p>
      )}
    </>
  );
}
