import { Form, Link } from "@remix-run/react";

import type { FundingStage } from "../../domain/constants";
import { formatDate, formatMoney } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import type { FundingLineView } from "../../models/funding.server";
import { ScrollArea } from "../scroll-area";
import { formatYears } from "./years";

export function StageBadge({ stage }: { stage: FundingStage }) {
  const { t } = useTranslation();
  return <span className={`stage stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}

/**
 * Where a line stands on its answer: the decision date of a decided line; for an applied line, that an
 * answer is awaited (and when it is expected); nothing for a prospect.
 */
export function LineDecision({ line }: { line: { stage: FundingStage; expectedAnswerOn: string | null; decidedOn: string | null } }) {
  const { t, lang } = useTranslation();
  if (line.stage === "applied") {
    return (
      <>
        {line.expectedAnswerOn ? t("funding.awaitingExpected", { date: formatDate(lang, line.expectedAnswerOn) }) : t("funding.awaiting")}
      </>
    );
  }
  if (line.stage === "prospect" || !line.decidedOn) return <>{t("common.none")}</>;
  return <>{formatDate(lang, line.decidedOn)}</>;
}

/** A line's year, marked when it lies outside the plan's period (see `OutsidePlanNote`). */
export function LineYear({ line }: { line: { year: number; countsTowardPlan: boolean } }) {
  const { t } = useTranslation();
  return (
    <>
      {line.year}
      {line.countsTowardPlan ? null : <span className="muted small">{` · ${t("funding.outsidePlan")}`}</span>}
    </>
  );
}

/** Explains the "outside the plan" mark, under a table that has one. */
export function OutsidePlanNote({ lines }: { lines: { countsTowardPlan: boolean }[] }) {
  const { t } = useTranslation();
  return lines.some((l) => !l.countsTowardPlan) ? <p className="muted small">{t("funding.outsidePlanNote")}</p> : null;
}

/**
 * An activity's funding lines, an application's lines together. `editBase` adds an edit link per line (and
 * per application over several years); `withdrawAction` a button per line that withdraws it (a plain form
 * with the line's id and the version shown, so a line changed meanwhile is not withdrawn unseen).
 */
export function FundingLinesTable({
  lines,
  editBase,
  withdrawAction,
}: {
  lines: FundingLineView[];
  editBase?: string;
  withdrawAction?: string;
}) {
  const { t, lang } = useTranslation();
  if (lines.length === 0) return <p>{t("funding.noLines")}</p>;
  // An application's years, once per application: a row shows them in its text and in its link's name.
  const spans = new Map<number, string>();
  const span = (a: FundingLineView["application"]) => {
    let years = spans.get(a.key);
    if (years === undefined) spans.set(a.key, (years = formatYears(lang, yearsOf(lines, a.key))));
    return years;
  };
  return (
    <>
      <ScrollArea label={t("funding.heading")}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t("funding.source")}</th>
              <th scope="col" className="num">
                {t("funding.year")}
              </th>
              <th scope="col" className="num">
                {t("funding.amount")}
              </th>
              <th scope="col">{t("funding.stage")}</th>
              <th scope="col">{t("funding.deadline")}</th>
              <th scope="col">{t("funding.decision")}</th>
              <th scope="col">{t("funding.note")}</th>
              {editBase ? (
                <th scope="col">
                  <span className="sr-only">{t("funding.editLine")}</span>
                </th>
              ) : null}
              {withdrawAction ? (
                <th scope="col">
                  <span className="sr-only">{t("withdraw.column")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.source}
                  {l.countsAsLocal ? <span className="muted small">{` · ${t("funding.local")}`}</span> : null}
                  {l.application.lines > 1 ? (
                    <span className="muted small">{` · ${t("application.part", { years: span(l.application) })}`}</span>
                  ) : null}
                </th>
                <td className="num">
                  <LineYear line={l} />
                </td>
                <td className="num">{formatMoney(lang, l.amount)}</td>
                <td>
                  <StageBadge stage={l.stage} />
                </td>
                <td>{l.deadline ? formatDate(lang, l.deadline) : t("common.none")}</td>
                <td>
                  <LineDecision line={l} />
                </td>
                <td>{l.note}</td>
                {editBase ? (
                  <td>
                    <Link
                      to={`${editBase}?line=${l.id}`}
                      aria-label={t("funding.editLineLabel", { source: l.source, year: String(l.year) })}
                    >
                      {t("funding.editLine")}
                    </Link>
                    {l.application.lines > 1 ? (
                      <>
                        <br />
                        <Link
                          to={`${editBase}?application=${l.application.key}`}
                          aria-label={t("application.editLinkLabel", { source: l.source, years: span(l.application) })}
                        >
                          {t("application.editLink")}
                        </Link>
                      </>
                    ) : null}
                  </td>
                ) : null}
                {withdrawAction ? (
                  <td>
                    <Form method="post" action={withdrawAction} className="inline-form">
                      <input type="hidden" name="intent" value="withdraw" />
                      <input type="hidden" name="lineId" value={l.id} />
                      <input type="hidden" name="version" value={l.version} />
                      <button
                        type="submit"
                        className="button button-tertiary button-small"
                        aria-label={t("withdraw.label", { source: l.source, year: String(l.year) })}
                      >
                        {t("withdraw.button")}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <OutsidePlanNote lines={lines} />
    </>
  );
}

/** The years of an application's lines. */
function yearsOf(lines: FundingLineView[], key: number): number[] {
  return lines.filter((l) => l.application.key === key).map((l) => l.year);
}
