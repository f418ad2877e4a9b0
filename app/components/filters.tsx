import type React from "react";

import { useTranslation } from "../i18n/use-translation";

/** One checkbox of a GET filter form; the id is derived from the field so labels stay unique. */
export function FilterCheckbox({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  const id = `f-${name}-${value}`;
  return (
    <div className="form-group-checkbox">
      <input className="form-checkbox" type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Says which filter values in the URL were not known and so were ignored (the page still answers 200). */
export function IgnoredNotice({ ignored }: { ignored: { param: string; value: string }[] }) {
  const { t } = useTranslation();
  if (ignored.length === 0) return null;
  return (
    <div className="alert alert-warning" role="status">
      <div className="alert-body">
        <p className="alert-text">{t("activities.ignored")}</p>
        <ul>
          {ignored.map((i, n) => (
            <li key={n}>{t("activities.ignoredItem", { param: i.param, value: i.value })}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A group of filter checkboxes under a legend; `children` adds further controls to the group. */
export function FilterFieldset({
  legend,
  name,
  options,
  chosen,
  children,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  chosen: readonly string[];
  children?: React.ReactNode;
}) {
  return (
    <fieldset>
      <legend className="form-label">{legend}</legend>
      {options.map((o) => (
        <FilterCheckbox key={o.value} name={name} value={o.value} label={o.label} checked={chosen.includes(o.value)} />
      ))}
      {children}
    </fieldset>
  );
}
