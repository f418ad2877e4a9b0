import { Link } from "@remix-run/react";

import type { MessageKey } from "../i18n/i18n";
import { useTranslation } from "../i18n/use-translation";
import type { SetupState } from "../models/setup.server";
import { can } from "../utils/permissions";
import { useOptionalUser } from "../utils/user";

type Step = { key: MessageKey; to: string; done: boolean };

/**
 * What to do next while the portfolio is empty, for the person looking: an administrator gets the steps from
 * the first housing area to the first activity, a manager what they can do in their own areas, others why the
 * page is empty. Pages show it only while there is no activity at all.
 */
export function FirstSteps({ setup }: { setup: SetupState | null }) {
  const { t } = useTranslation();
  const user = useOptionalUser();
  if (!setup || !user || setup.activities > 0) return null;

  let steps: Step[] = [];
  let text: MessageKey | null = null;
  if (user.role === "admin") {
    steps = [
      { key: "firstSteps.area", to: "/admin/areas", done: setup.areas > 0 },
      { key: "firstSteps.plan", to: "/admin/plans", done: setup.plans > 0 },
      { key: "firstSteps.activity", to: "/activities/new", done: false },
      { key: "firstSteps.users", to: "/admin/users", done: setup.otherUsers > 0 },
      { key: "firstSteps.sources", to: "/funding/sources", done: setup.sources > 0 },
    ];
  } else if (user.role === "manager") {
    if (user.areaIds.length === 0) text = "firstSteps.managerNoAreas";
    else if (setup.plansForMyAreas === 0) text = "firstSteps.managerNoPlan";
    else steps = [{ key: "firstSteps.activity", to: "/activities/new", done: false }];
  } else if (can(user, "funding:write")) {
    text = "firstSteps.fundraiser";
    steps = [{ key: "firstSteps.sources", to: "/funding/sources", done: setup.sources > 0 }];
  } else {
    text = "firstSteps.board";
  }

  return (
    <section className="alert alert-info first-steps" aria-labelledby="first-steps-heading">
      <div className="alert-body">
        <h2 id="first-steps-heading" className="alert-heading h3">
          {t("firstSteps.title")}
        </h2>
        <p className="alert-text">{t(text ?? "firstSteps.intro")}</p>
        {steps.length > 0 ? (
          <ol className="alert-text">
            {steps.map((step) => (
              <li key={step.key}>
                {step.done ? (
                  <>
                    {t(step.key)} <span className="muted">{t("firstSteps.done")}</span>
                  </>
                ) : (
                  <Link to={step.to}>{t(step.key)}</Link>
                )}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </section>
  );
}
