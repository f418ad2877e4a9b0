import { Form } from "@remix-run/react";

import type { FormErrors, FormValues } from "../../forms/types";
import { formValue } from "../../forms/types";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { LbfReport, ReportIndicator, ReportSection } from "../../models/lbf-report.server";
import { HealthBadge, StatusBadge } from "../badges";
import { ErrorSummary, Field } from "../forms";
import { ScrollArea } from "../scroll-area";

type Report = LbfReport;

function Achievement({ indicator }: { indicator: ReportIndicator }) {
  const { t, lang } = useTranslation();
  const p = indicator.achievement.progress;
  if (p.kind === "undefined") return <span title={t("indicator.undefinedHint")}>{t("common.none")}</span>;
  return (
    <>
      {formatPercent(lang, p.share)}
      {p.exceeded ? <> ({t("indicator.exceeded")})</> : indicator.achievement.met ? <> ({t("lbf.met")})</> : null}
    </>
  );
}

/** The report's overview: a row per focus area and the total. */
export function ReportSummary({ report }: { report: Report }) {
  const { t, lang } = useTranslation();
  const share = (v: number | null) => (v === null ? t("common.none") : formatPercent(lang, v, 1));
  const year = String(report.year);
  const rows = [
    ...report.sections.map((s) => ({
      key: s.code,
      label: lang === "da" ? s.nameDa : s.nameEn,
      activities: s.activities.length,
      achievement: s.achievement,
      met: s.milestones.met.length,
      missed: s.milestones.missed.length,
      budget: s.budget,
      secured: s.coFinancing.secured,
      local: s.coFinancing.share,
    })),
  ];
  const total = report.total;
  return (
    <ScrollArea label={t("lbf.summary")}>
      <table className="table table--compact lbf-summary">
        <caption className="sr-only">{t("lbf.summary")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.focusArea")}</th>
            <th scope="col" className="num">
              {t("lbf.col.activities")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.indicatorsMet")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.achievement")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.milestonesMet")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.milestonesMissed")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.budget")}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.securedYear", { year })}
            </th>
            <th scope="col" className="num">
              {t("lbf.col.localShare", { year })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                <a href={`#lbf-${r.key}`}>{r.label}</a>
              </th>
              <td className="num">{formatNumber(lang, r.activities)}</td>
              <td className="num">
                {t("lbf.metOf", { met: r.achievement.met, measured: r.achievement.measured, indicators: r.achievement.indicators })}
              </td>
              <td className="num">{share(r.achievement.averageProgress)}</td>
              <td className="num">{formatNumber(lang, r.met)}</td>
              <td className="num">{formatNumber(lang, r.missed)}</td>
              <td className="num">{formatMoney(lang, r.budget)}</td>
              <td className="num">{formatMoney(lang, r.secured)}</td>
              <td className="num">{share(r.local)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("lbf.total")}</th>
            <td className="num">{formatNumber(lang, total.activities)}</td>
            <td className="num">
              {t("lbf.metOf", {
                met: total.achievement.met,
                measured: total.achievement.measured,
                indicators: total.achievement.indicators,
              })}
            </td>
            <td className="num">{share(total.achievement.averageProgress)}</td>
            <td className="num">{formatNumber(lang, total.milestonesMet)}</td>
            <td className="num">{formatNumber(lang, total.milestonesMissed)}</td>
            <td className="num">{formatMoney(lang, total.budget)}</td>
            <td className="num">{formatMoney(lang, total.coFinancing.secured)}</td>
            <td className="num">{share(total.coFinancing.share)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollArea>
  );
}

type NarrativeForm = { values?: FormValues; errors?: FormErrors; conflict?: string | null };

/** One focus area of the report: activities, indicators against targets, milestones, money and the narrative. */
export function ReportFocusSection({
  report,
  section,
  canWrite,
  form,
}: {
  report: Report;
  section: ReportSection;
  canWrite: boolean;
  /** What a refused narrative form of this section sent back. */
  form?: NarrativeForm;
}) {
  const { t, lang } = useTranslation();
  const name = lang === "da" ? section.nameDa : section.nameEn;
  const year = String(report.year);
  const n = (v: number | null) => (v === null ? t("common.none") : formatNumber(lang, v, 2));
  const id = `lbf-${section.code}`;
  return (
    <section className="pack-section pack-focus" aria-labelledby={id}>
      <h2 id={id}>{name}</h2>
      {section.activities.length === 0 ? (
        <p className="lbf-empty">{t("lbf.emptyFocus", { focus: name, year })}</p>
      ) : (
        <>
          <h3>{t("lbf.activities")}</h3>
          <ScrollArea label={`${name}: ${t("lbf.activities")}`}>
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("col.title")}</th>
                  <th scope="col">{t("col.areas")}</th>
                  <th scope="col">{t("col.status")}</th>
                  <th scope="col">{t("col.health")}</th>
                  <th scope="col" className="num">
                    {t("lbf.col.budget")}
                  </th>
                  <th scope="col" className="num">
                    {t("lbf.col.securedYear", { year })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {section.activities.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <a href={`/activities/${a.id}`}>{a.title}</a>
                    </th>
                    <td>{a.areaNames}</td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                    <td>
                      <HealthBadge health={a.health} />
                      {a.healthReason ? <span className="small"> {a.healthReason}</span> : null}
                      <br />
                      <span className="muted small">
                        {a.reportedOn ? t("lbf.reportedOn", { date: formatDate(lang, a.reportedOn) }) : t("lbf.noUpdate")}
                      </span>
                    </td>
                    <td className="num">{formatMoney(lang, a.budget)}</td>
                    <td className="num">{formatMoney(lang, a.securedYear)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>

          <h3>{t("lbf.indicators")}</h3>
          {section.indicators.length === 0 ? (
            <p>{t("lbf.noIndicators")}</p>
          ) : (
            <ScrollArea label={`${name}: ${t("lbf.indicators")}`}>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("lbf.col.indicator")}</th>
                    <th scope="col" className="num">
                      {t("indicator.baseline")}
                    </th>
                    <th scope="col" className="num">
                      {t("indicator.target")}
                    </th>
                    <th scope="col" className="num">
                      {t("lbf.col.inYear", { year })}
                    </th>
                    <th scope="col" className="num">
                      {t("lbf.col.current")}
                    </th>
                    <th scope="col" className="num">
                      {t("lbf.col.goal")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.indicators.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">
                        {i.name} <span className="muted">({i.unit})</span>
                        <br />
                        <span className="muted small">
                          {i.activityTitle} · {t(`indicator.direction.${i.direction}`)} · {t(`indicator.kind.${i.kind}`)}
                          {i.sharedName ? (
                            <> · {t("shared.linkedTo", { name: lang === "da" ? i.sharedName.da : i.sharedName.en })}</>
                          ) : null}
                        </span>
                      </th>
                      <td className="num">{n(i.baseline)}</td>
                      <td className="num">{n(i.target)}</td>
                      <td className="num">{n(i.inYear)}</td>
                      <td className="num">{n(i.current)}</td>
                      <td className="num">
                        <Achievement indicator={i} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          )}

          <h3>{t("lbf.milestones", { year })}</h3>
          <div className="lbf-milestones">
            <div>
              <h4>{t("lbf.milestonesMet")}</h4>
              {section.milestones.met.length === 0 ? (
                <p>{t("lbf.noMet")}</p>
              ) : (
                <ul className="pack-list">
                  {section.milestones.met.map((m) => (
                    <li key={m.id}>
                      <strong>{m.title}</strong> ({m.activityTitle}):{" "}
                      {m.late
                        ? t("lbf.metLate", { done: formatDate(lang, m.doneOn ?? m.dueOn), due: formatDate(lang, m.dueOn) })
                        : t("lbf.metOn", { done: formatDate(lang, m.doneOn ?? m.dueOn) })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h4>{t("lbf.milestonesMissed")}</h4>
              {section.milestones.missed.length === 0 ? (
                <p>{t("lbf.noMissed")}</p>
              ) : (
                <ul className="pack-list">
                  {section.milestones.missed.map((m) => (
                    <li key={m.id}>
                      <strong>{m.title}</strong> ({m.activityTitle}): {t("lbf.missedDue", { due: formatDate(lang, m.dueOn) })}
                      {m.doneOn ? <> {t("lbf.doneLater", { done: formatDate(lang, m.doneOn) })}</> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>

          <h3>{t("lbf.money", { year })}</h3>
          <p>{t("lbf.budgetLine", { budget: formatMoney(lang, section.budget) })}</p>
          {section.funding.length === 0 ? (
            <p>{t("lbf.noFunding", { year })}</p>
          ) : (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("lbf.col.source")}</th>
                  <th scope="col">{t("lbf.col.local")}</th>
                  <th scope="col" className="num">
                    {t("lbf.col.securedYear", { year })}
                  </th>
                  <th scope="col" className="num">
                    {t("lbf.col.pipelineYear", { year })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {section.funding.map((f) => (
                  <tr key={f.source}>
                    <th scope="row">{f.source}</th>
                    <td>{f.countsAsLocal ? t("lbf.localYes") : t("lbf.localNo")}</td>
                    <td className="num">{formatMoney(lang, f.secured)}</td>
                    <td className="num">{formatMoney(lang, f.pipeline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CoFinancingLine coFinancing={section.coFinancing} year={year} />
        </>
      )}

      <h3>{t("lbf.narrative")}</h3>
      {section.narrative ? (
        <p className="preserve-lines lbf-narrative">{section.narrative.text}</p>
      ) : (
        <p className="muted">{t("lbf.noNarrative", { focus: name, year })}</p>
      )}
      {canWrite ? <NarrativeEditor report={report} section={section} form={form} /> : null}
    </section>
  );
}

/** The local co-financing share of the year, with the warning below 25 % (and what is missing). */
export function CoFinancingLine({ coFinancing, year }: { coFinancing: ReportSection["coFinancing"]; year: string }) {
  const { t, lang } = useTranslation();
  if (coFinancing.share === null) return <p>{t("lbf.coFinancingNone", { year })}</p>;
  return (
    <p className={coFinancing.warning ? "figure-warning" : undefined}>
      {t("lbf.coFinancing", { year, share: formatPercent(lang, coFinancing.share, 1) })}
      {coFinancing.warning ? <> {t("lbf.coFinancingWarning", { missing: formatMoney(lang, coFinancing.amountMissing) })}</> : null}
    </p>
  );
}

function NarrativeEditor({ report, section, form }: { report: Report; section: ReportSection; form?: NarrativeForm }) {
  const { t, lang } = useTranslation();
  const name = lang === "da" ? section.nameDa : section.nameEn;
  const fieldId = `narrative-${section.code}`;
  const errors = form?.errors ?? {};
  return (
    <details className="screen-only definition-form" open={form ? true : undefined}>
      <summary>{t(section.narrative ? "lbf.editNarrative" : "lbf.writeNarrative")}</summary>
      {form?.conflict !== undefined ? (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t("conflict.narrative")}</p>
            {form.conflict ? <p className="alert-text preserve-lines">{form.conflict}</p> : null}
            <p className="alert-text">{t("conflict.saveAgain")}</p>
          </div>
        </div>
      ) : null}
      <Form
        method="post"
        action={`/reports/lbf?plan=${report.plan.slug}&year=${report.year}`}
        noValidate
        key={section.narrative?.version ?? 0}
      >
        <ErrorSummary errors={errors} />
        <input type="hidden" name="intent" value="narrative" />
        <input type="hidden" name="focus" value={section.code} />
        {section.narrative ? <input type="hidden" name="version" value={section.narrative.version} /> : null}
        <Field
          id={fieldId}
          label={t("lbf.narrativeField", { focus: name, year: String(report.year) })}
          hint={t("lbf.narrativeHint")}
          errors={errors.text}
        >
          {(aria) => (
            <textarea
              className="form-input"
              id={fieldId}
              name="text"
              rows={8}
              maxLength={10000}
              defaultValue={form?.values ? formValue(form.values, "text") : (section.narrative?.text ?? "")}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-secondary">
          {t("lbf.saveNarrative")}
        </button>
      </Form>
    </details>
  );
}
