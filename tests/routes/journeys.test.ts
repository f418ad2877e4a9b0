import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import * as root from "../../app/root";
import * as funding from "../../app/routes/activities.$id_.funding";
import * as updates from "../../app/routes/activities.$id_.updates";
import * as audit from "../../app/routes/admin.audit";
import * as login from "../../app/routes/login";
import * as organisation from "../../app/routes/organisation";
import type { AuditEntryView } from "../../app/views/audit.server";
import { getDb } from "../../db/client.server";
import { activities, fundingLines, fundingSources, indicatorActuals, indicators } from "../../db/schema";
import { callAction, callLoader, signIn, type Who } from "../setup/route-harness";
import { DEMO_PASSWORD, DEMO_USERS } from "../setup/server";

/** Issue 13: the journeys smoothed. */

describe("after sign-in each role lands where its work is", () => {
  it.each<[Who, string]>([
    ["managerVollsmose", "/my"],
    ["fundraiser", "/funding"],
    ["board", "/dashboard"],
    ["admin", "/"],
  ])("%s lands on %s", async (who, home) => {
    if (who === "anonymous") return;
    const res = await callAction(login, { path: "/login", form: { email: DEMO_USERS[who], password: DEMO_PASSWORD }, thenLoader: false });
    expect(res).toMatchObject({ status: 303, location: home });
    // Already signed in, the sign-in page sends them there too.
    const again = await callLoader(login, { path: "/login", cookie: await signIn(who) });
    expect(again.location).toBe(home);
  });

  it("still goes where the person was going when there is a redirectTo", async () => {
    const res = await callAction(login, {
      path: "/login?redirectTo=%2Fmeetings",
      form: { email: DEMO_USERS.board, password: DEMO_PASSWORD, redirectTo: "/meetings" },
      thenLoader: false,
    });
    expect(res).toMatchObject({ status: 303, location: "/meetings" });
  });
});

describe("the audit log reads as sentences", () => {
  it("names the change, links the activity, and shows only the changed fields in words", async () => {
    const activity = db().select().from(activities).where(eq(activities.title, "Brobyggerindsats")).get();
    const source = db().select().from(fundingSources).where(eq(fundingSources.name, "Bikubenfonden")).get();
    const id = String(activity?.id);
    await callAction(funding, {
      path: `/activities/${id}/funding`,
      params: { id },
      as: "fundraiser",
      form: { intent: "create", sourceId: String(source?.id), year: "2026", amount: "250.000", stage: "prospect" },
    });
    const line = db()
      .select()
      .from(fundingLines)
      .where(eq(fundingLines.activityId, activity?.id ?? 0))
      .all()
      .at(-1);
    await callAction(funding, {
      path: `/activities/${id}/funding`,
      params: { id },
      as: "fundraiser",
      form: {
        intent: "update",
        lineId: String(line?.id),
        version: String(line?.version),
        sourceId: String(source?.id),
        year: "2026",
        amount: "300.000",
        stage: "applied",
      },
    });
    const res = await callLoader(audit, { path: "/admin/audit?entity=funding_line", as: "admin" });
    const entries = (res.data as { entries: AuditEntryView[] }).entries;
    const changed = entries.find((e) => e.what === "Finansieringslinje ændret");
    expect(changed?.subject).toEqual({ label: "Brobyggerindsats", href: `/activities/${id}` });
    // A new line lists what it was made with, leaving out what was left empty.
    const created = entries.find((e) => e.what === "Finansieringslinje oprettet");
    expect(created?.changes.map((c) => c.field)).toEqual(["Kilde", "År", "Beløb", "Stadie"]);
    expect(changed?.changes).toEqual([
      { field: "Beløb", before: "250.000\u00a0kr.", after: "300.000\u00a0kr." },
      { field: "Stadie", before: "Mulig kilde", after: "Ansøgt" },
    ]);
    const html = JSON.stringify(entries);
    expect(html).not.toContain("funding-line.update");
    expect(html).not.toContain("funding_line #");
    const english = await callLoader(audit, { path: "/admin/audit?entity=funding_line", as: "admin", lang: "en" });
    expect((english.data as { entries: AuditEntryView[] }).entries.map((e) => e.what)).toContain("Funding line changed");
  });
});

describe("a manager reports indicator figures as they write numbers in their language", () => {
  const activity = () => db().select().from(activities).where(eq(activities.title, "Nabohjælp")).get();
  const indicatorOf = (activityId: number) => db().select().from(indicators).where(eq(indicators.activityId, activityId)).all()[0];
  const report = async (value: string, lang: "da" | "en") => {
    const a = activity();
    const i = indicatorOf(a?.id ?? 0);
    const id = String(a?.id);
    return callAction(updates, {
      path: `/activities/${id}/updates`,
      params: { id },
      as: "managerVollsmose",
      lang,
      thenLoader: false,
      form: {
        status: a?.status ?? "active",
        health: "green",
        reportedOn: "2026-06-15",
        version: String(a?.version),
        [`indicator-${i?.id}`]: value,
      },
    });
  };
  const lastActual = () =>
    db()
      .select()
      .from(indicatorActuals)
      .where(eq(indicatorActuals.indicatorId, indicatorOf(activity()?.id ?? 0)?.id ?? 0))
      .all()
      .at(-1)?.value;

  it("reads 1.050 as one thousand and fifty in Danish, and 12,5 as twelve and a half", async () => {
    expect((await report("1.050", "da")).status).toBe(303);
    expect(lastActual()).toBe(1050);
    expect((await report("12,5", "da")).status).toBe(303);
    expect(lastActual()).toBe(12.5);
  });

  it("reads 1,050 and 12.5 the English way in English", async () => {
    expect((await report("1,050", "en")).status).toBe(303);
    expect(lastActual()).toBe(1050);
    expect((await report("12.5", "en")).status).toBe(303);
    expect(lastActual()).toBe(12.5);
  });

  it("refuses the other language's way with an example, saving nothing", async () => {
    const before = lastActual();
    const danish = await report("12.5", "da");
    expect(danish.status).toBe(400);
    expect(JSON.stringify(danish.data)).toContain("form.number.ambiguous");
    expect((await report("12,5", "en")).status).toBe(400);
    expect(lastActual()).toBe(before);
  });

  it("shows beside each indicator its last figure and date, its target, and whether to give the period's number", async () => {
    const a = activity();
    const id = String(a?.id);
    const res = await callLoader(updates, { path: `/activities/${id}/updates`, params: { id }, as: "managerVollsmose" });
    const [first] = (
      res.data as { activity: { indicators: { kind: string; target: number; last: { value: number } | null; total: number | null }[] } }
    ).activity.indicators;
    expect(first).toMatchObject({ target: indicatorOf(a?.id ?? 0)?.target, last: { value: 12.5 } });
    expect(first?.kind === "cumulative" ? first.total : first?.last?.value).not.toBeNull();
  });
});

describe("the organisation page", () => {
  it("shows the 1 May 2020 change: Vollsmose Sekretariatet until then, Boligsocialt Hus city-wide, with the areas each covers", async () => {
    const res = await callLoader(organisation, { path: "/organisation", as: "board" });
    const orgs = (
      res.data as {
        organisations: { name: string; kind: string; endedOn: string | null; descriptionDa: string; areas: { slug: string }[] }[];
      }
    ).organisations;
    const bsh = orgs.find((o) => o.name === "Boligsocialt Hus");
    expect(bsh?.areas.map((a) => a.slug).sort()).toEqual(
      ["ejerslykke", "korsloekken", "oevrige-afdelinger", "skt-klemensparken", "solbakken-rising", "vollsmose"].sort(),
    );
    expect(bsh?.descriptionDa).toContain("1. maj 2020");
    expect(bsh?.descriptionDa).toContain("styregrupperne");
    expect(orgs.find((o) => o.name === "Vollsmose Sekretariatet")).toMatchObject({ endedOn: "2020-05-01", areas: [{ slug: "vollsmose" }] });
    // Housing organisations first, partners last.
    expect(orgs[0]?.kind).toBe("housing");
    expect(orgs.at(-1)?.kind).toBe("partner");
  });

  it("says the figures are illustrative only on a demo database", async () => {
    const res = await callLoader(root, { path: "/", as: "board" });
    expect(res.data).toMatchObject({ demo: true });
  });
});

function db() {
  return getDb();
}
