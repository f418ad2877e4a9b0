/**
 * A large synthetic portfolio on top of the demo one, for measuring the app at national scale
 * (`npm run seed:large`, `npm run bench`). Everything here is made up: names of real estates and foundations
 * are used only so that pages read like the real thing. Reproducible: the same options give the same rows.
 *
 * What it adds to the demo (whose accounts, areas, plans and meetings stay as they are):
 * - areas up to `areas` (about 30), each with its housing organisation and municipality, and a manager account;
 * - plans up to `plans` (10), current and past, each covering a handful of areas;
 * - activities up to `activities`, in every focus area, with 1–3 areas of their plan, a budget, a status and a
 *   health that agree with their latest status update;
 * - status updates up to `updates` in all, spread over the last four years, with indicator actuals;
 * - funding lines: the plan's base funding per year (LBF and local co-financing), and applications to
 *   foundations over one to three years in every stage (prospect, applied, granted, paid, rejected);
 * - milestones, fundraising flags, and board and steering-group meetings with decisions and follow-ups.
 *
 * Rows are written with prepared statements in one transaction: about 100,000 updates take seconds.
 */
import type { Database } from "better-sqlite3";

import { type ActivityStatus, FOCUS_AREA_CODES, type FocusAreaCode, type Health } from "../app/domain/constants";
import { addDays, addMonths, yearOf } from "../app/utils/dates";
import { hashPasswordSync } from "../app/utils/password.server";
import { openDatabase } from "./client.server";
import { migrateDatabase } from "./migrate";
import { isEmpty, seedDatabase } from "./seed";

export type LargeOptions = {
  activities: number;
  updates: number;
  areas: number;
  plans: number;
  /** Any whole number: the same seed gives the same database. */
  seed: number;
  /** The Copenhagen date the data is made around (YYYY-MM-DD). */
  today: string;
};

export const LARGE_DEFAULTS = { activities: 5000, updates: 100_000, areas: 30, plans: 10, seed: 1 } as const;

/** Mulberry32: small, fast and good enough for test data; the same seed gives the same sequence. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  /** k distinct items of a list. */
  const some = <T>(list: readonly T[], k: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, some };
}

/** Estates (real names, made-up figures) and the city whose municipality co-finances them. */
const ESTATES: [string, string][] = [
  ["Gellerupparken", "Aarhus"],
  ["Bispehaven", "Aarhus"],
  ["Skovgårdsparken", "Aarhus"],
  ["Tingbjerg", "København"],
  ["Mjølnerparken", "København"],
  ["Aldersrogade", "København"],
  ["Hørgården", "København"],
  ["Lundtoftegade", "København"],
  ["Agervang", "Holbæk"],
  ["Ringparken", "Slagelse"],
  ["Motalavej", "Korsør"],
  ["Skovparken-Skovengen", "Kolding"],
  ["Sydbyen", "Næstved"],
  ["Stengårdsvej", "Esbjerg"],
  ["Korskærparken", "Fredericia"],
  ["Nøjsomheds Odde", "Fredericia"],
  ["Vollsmose Allé", "Odense"],
  ["Finlandsparken", "Vejle"],
  ["Sundholmsvej", "Svendborg"],
  ["Vapnagaard", "Helsingør"],
  ["Nørremarken", "Vejle"],
  ["Taastrupgård", "Høje-Taastrup"],
  ["Gadehavegård", "Høje-Taastrup"],
  ["Askerød", "Greve"],
  ["Rådhusparken", "Albertslund"],
  ["Solvang", "Horsens"],
  ["Bispeparken", "København"],
  ["Munkebo", "Kerteminde"],
  ["Søndermarken", "Frederiksberg"],
  ["Egebjerggård", "Ballerup"],
  ["Charlotteager", "Høje-Taastrup"],
  ["Hedelyngen", "Herlev"],
  ["Vejleåparken", "Ishøj"],
  ["Avedøre Stationsby", "Hvidovre"],
];

const HOUSING_ORGANISATIONS = ["KAB", "AAB", "Domea.dk", "Boligkontoret Danmark", "Brabrand Boligforening", "fsb", "3B", "Lejerbo"];
const FOUNDATIONS = ["A.P. Møller Fonden", "Egmont Fonden", "Novo Nordisk Fonden", "Det Obelske Familiefond", "Lauritzen Fonden"];

/** Title stems per focus area; a title adds where and which round. */
const TITLES: Record<FocusAreaCode, string[]> = {
  education: [
    "Lektiecafé",
    "Forældrekursus",
    "Brobygning til ungdomsuddannelse",
    "Læseklub for familier",
    "Sommerskole",
    "Mentorordning for unge",
  ],
  employment: ["Jobcafé", "Fritidsjob for unge", "Virksomhedsnetværk", "Kvinder i job", "Praktikbank", "Jobmentor"],
  cohesion: ["Beboerhus åbent hus", "Frivilligcentral", "Fællesspisning", "Bydelsmødre", "Kulturnat", "Grønne fællesskaber"],
  crime: ["Tryghedsvandring", "Natteravne", "SSP-samarbejde", "Gadeplansteam", "Exit-forløb", "Tryg opgang"],
  crosscutting: ["Sekretariat", "Genhusningsstøtte", "Kommunikation og presse", "Evaluering og data", "Beboerdemokrati"],
};

const PURPOSES = [
  "At styrke børn og unges muligheder for at gennemføre en uddannelse og få fodfæste på arbejdsmarkedet.",
  "At flere beboere kommer i job eller uddannelse gennem en tæt og personlig indsats.",
  "At øge trygheden i området og forebygge, at unge begår kriminalitet.",
  "At styrke fællesskabet og beboerdemokratiet gennem aktiviteter, som beboerne selv er med til at drive.",
  "At understøtte helhedsplanens øvrige indsatser med koordinering, data og kommunikation.",
];
const TARGET_GROUPS = [
  "Børn 6–12 år og deres forældre",
  "Unge 13–17 år",
  "Unge 18–29 år uden uddannelse",
  "Kvinder uden for arbejdsmarkedet",
  "Alle beboere i området",
];
const CONTENT =
  "Indsatsen tilrettelægges i tæt samarbejde med beboerne og områdets faste samarbejdspartnere. Der afholdes faste ugentlige aktiviteter, suppleret af opsøgende arbejde og individuelle forløb, og erfaringerne samles op kvartalsvis.";
const PARTNERS = ["Jobcenteret", "SSP", "Politiet", "Områdets skoler", "Ungdomsskolen", "KVINFO", "Frivillige foreninger", "Biblioteket"];
const RESPONSIBLE = [
  "Anne Holm",
  "Jonas Madsen",
  "Fatima Ali",
  "Mette Jensen",
  "Omar Hassan",
  "Line Sørensen",
  "Peter Nielsen",
  "Sara Larsen",
];
const GREEN_NOTES = [
  "Aktiviteterne forløber som planlagt.",
  "Godt fremmøde og god dialog med deltagerne.",
  "Kvartalets milepæle er nået.",
  "Samarbejdet med partnerne fungerer godt.",
  "Nye deltagere er kommet til via opsøgende arbejde.",
];
const AMBER_REASONS = [
  "Lavere deltagelse end forventet i perioden.",
  "Forsinket opstart efter sommerferien.",
  "Vakant stilling i en del af perioden.",
];
const RED_REASONS = [
  "Aktiviteten var midlertidigt indstillet på grund af manglende bemanding.",
  "Samarbejdsaftalen med partneren er ophørt.",
];
const INDICATORS: {
  name: string;
  unit: string;
  kind: "cumulative" | "per_period";
  direction: "higher" | "lower";
  baseline: number;
  target: number;
}[] = [
  { name: "Deltagere i alt", unit: "personer", kind: "cumulative", direction: "higher", baseline: 0, target: 120 },
  { name: "Unge i job eller uddannelse", unit: "personer", kind: "cumulative", direction: "higher", baseline: 0, target: 60 },
  { name: "Andel der føler sig trygge", unit: "%", kind: "per_period", direction: "higher", baseline: 62, target: 80 },
  { name: "Anmeldte hændelser", unit: "hændelser", kind: "per_period", direction: "lower", baseline: 40, target: 20 },
  { name: "Frivillige", unit: "personer", kind: "per_period", direction: "higher", baseline: 5, target: 30 },
];
const MILESTONES = ["Opstart", "Midtvejsevaluering", "Samarbejdsaftale underskrevet", "Første hold afsluttet", "Slutevaluering"];

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

type Row = Record<string, unknown>;

/** Adds the synthetic portfolio to a demo-seeded database. Returns how many rows of each kind it holds then. */
export function seedLarge(sqlite: Database, options: LargeOptions): Record<string, number> {
  const r = random(options.seed);
  const { today } = options;
  const y = yearOf(today);
  const count = (table: string) => (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const ids = (query: string, ...params: unknown[]) => (sqlite.prepare(query).all(...params) as { id: number }[]).map((row) => row.id);
  const insert = (table: string, columns: string[]) => {
    const statement = sqlite.prepare(`insert into ${table} (${columns.join(", ")}) values (${columns.map((c) => `@${c}`).join(", ")})`);
    return (row: Row) => Number(statement.run(row).lastInsertRowid);
  };

  const insertOrganisation = insert("organisations", ["name", "kind"]);
  const insertArea = insert("areas", ["slug", "name", "residents", "homes", "housing_sections", "classification", "description_da"]);
  const insertAreaOrganisation = insert("area_organisations", ["area_id", "organisation_id"]);
  const insertSource = insert("funding_sources", ["name", "kind", "counts_as_local", "organisation_id"]);
  const insertPlan = insert("plans", ["slug", "name", "starts_on", "ends_on"]);
  const insertPlanArea = insert("plan_areas", ["plan_id", "area_id"]);
  const insertUser = insert("users", ["email", "name", "role", "password_hash"]);
  const insertUserArea = insert("user_areas", ["user_id", "area_id"]);
  const insertActivity = insert("activities", [
    "plan_id",
    "focus_area_id",
    "title",
    "purpose",
    "target_group",
    "content",
    "partners",
    "responsible",
    "starts_on",
    "ends_on",
    "budget",
    "status",
    "health",
    "health_reason",
    "version",
  ]);
  const insertActivityArea = insert("activity_areas", ["activity_id", "area_id"]);
  const insertUpdate = insert("status_updates", ["activity_id", "status", "health", "health_reason", "note", "reported_on", "reported_by"]);
  const insertIndicator = insert("indicators", ["activity_id", "name", "unit", "baseline", "target", "direction", "kind"]);
  const insertActual = insert("indicator_actuals", ["indicator_id", "status_update_id", "value"]);
  const insertMilestone = insert("milestones", ["activity_id", "title", "due_on", "done_on"]);
  const insertLine = insert("funding_lines", [
    "activity_id",
    "source_id",
    "year",
    "amount",
    "stage",
    "deadline",
    "expected_answer_on",
    "decided_on",
    "application_id",
    "note",
  ]);
  const setApplication = sqlite.prepare("update funding_lines set application_id = ? where id = ?");
  const insertFlag = insert("fundraising_flags", ["activity_id", "priority", "note", "created_by", "resolved_at", "resolved_by"]);
  const insertMeeting = insert("meetings", ["body", "held_on", "title", "place", "previous_minutes_approved"]);
  const insertItem = insert("agenda_items", ["meeting_id", "number", "kind", "title", "summary", "outcome"]);
  const insertItemActivity = insert("agenda_item_activities", ["item_id", "activity_id"]);
  const insertFollowUp = insert("follow_ups", ["item_id", "what", "owner_id", "due_on", "done_on"]);

  sqlite.transaction(() => {
    const passwordHash =
      (sqlite.prepare("select password_hash as h from users where email = 'admin@overblik.test'").get() as { h: string } | undefined)?.h ??
      hashPasswordSync("overblik-demo");
    const orgId = (name: string, kind: string) =>
      (sqlite.prepare("select id from organisations where name = ?").get(name) as { id: number } | undefined)?.id ??
      insertOrganisation({ name, kind });
    const sourceId = (name: string, kind: string, local: boolean, organisationId: number | null) =>
      (sqlite.prepare("select id from funding_sources where name = ?").get(name) as { id: number } | undefined)?.id ??
      insertSource({ name, kind, counts_as_local: local ? 1 : 0, organisation_id: organisationId });

    // Sources: the demo's, and the new housing organisations, municipalities and foundations.
    const lbf = sourceId("Landsbyggefonden", "lbf", false, null);
    const foundations = [
      ...ids("select id from funding_sources where kind in ('foundation', 'other')"),
      ...FOUNDATIONS.map((name) => sourceId(name, "foundation", false, null)),
    ];

    // Areas up to the number asked for, each with a housing organisation, its municipality and a manager.
    const areaRows: { id: number; slug: string; housing: number[]; municipality: number }[] = [];
    const demoAreas = sqlite.prepare("select id, slug from areas order by id").all() as { id: number; slug: string }[];
    const odense = sourceId("Odense Kommune", "municipality", true, null);
    const odenseHousing = ids("select id from funding_sources where kind = 'housing' order by id");
    for (const a of demoAreas) areaRows.push({ id: a.id, slug: a.slug, housing: r.some(odenseHousing, r.int(1, 2)), municipality: odense });
    for (const [name, city] of ESTATES.slice(0, Math.max(0, options.areas - demoAreas.length))) {
      const slug = slugOf(name);
      const residents = r.int(800, 7000);
      const id = insertArea({
        slug,
        name,
        residents,
        homes: Math.round(residents / 2.3),
        housing_sections: r.int(1, 12),
        classification: r.pick(["transformation", "prevention", "vulnerable", "other"]),
        description_da: `Boligområde i ${city} (syntetiske data til belastningsmåling).`,
      });
      const orgName = r.pick(HOUSING_ORGANISATIONS);
      const housingOrg = orgId(orgName, "housing");
      insertAreaOrganisation({ area_id: id, organisation_id: housingOrg });
      const municipalityOrg = orgId(`${city} Kommune`, "municipality");
      insertAreaOrganisation({ area_id: id, organisation_id: municipalityOrg });
      areaRows.push({
        id,
        slug,
        housing: [sourceId(orgName, "housing", true, housingOrg)],
        municipality: sourceId(`${city} Kommune`, "municipality", true, municipalityOrg),
      });
      const userId = insertUser({
        email: `manager.${slug}@overblik.test`,
        name: `Områdeleder ${name} (demo)`,
        role: "manager",
        password_hash: passwordHash,
      });
      insertUserArea({ user_id: userId, area_id: id });
    }
    const areaById = new Map(areaRows.map((a) => [a.id, a]));

    // Plans up to the number asked for: most current (last year to the year after next), some past.
    const planRows = (
      sqlite.prepare("select id, starts_on as startsOn, ends_on as endsOn from plans order by id").all() as {
        id: number;
        startsOn: string;
        endsOn: string;
      }[]
    ).map((p) => ({ ...p, areas: ids("select area_id as id from plan_areas where plan_id = ?", p.id) }));
    const newAreas = areaRows.slice(demoAreas.length);
    const planCount = Math.max(0, options.plans - planRows.length);
    for (let i = 0; i < planCount; i++) {
      const past = i % 3 === 2;
      const startsOn = past ? `${y - 5}-01-01` : `${y - 1 - (i % 2)}-01-01`;
      const endsOn = past ? `${y - 2}-12-31` : `${y + 2 - (i % 2)}-12-31`;
      // Every new area in at least one current plan: deal them out in turn.
      const covered = newAreas.filter((_, k) => k % planCount === i).map((a) => a.id);
      if (covered.length === 0) covered.push(r.pick(areaRows).id);
      const label = covered.length === 1 ? (areaById.get(covered[0] ?? 0)?.slug ?? "omraade") : `klynge-${i + 1}`;
      const id = insertPlan({
        slug: `${label}-${yearOf(startsOn)}-${yearOf(endsOn)}`,
        name: `Boligsocial helhedsplan ${label} ${yearOf(startsOn)}–${yearOf(endsOn)}`,
        starts_on: startsOn,
        ends_on: endsOn,
      });
      for (const areaId of covered) insertPlanArea({ plan_id: id, area_id: areaId });
      planRows.push({ id, startsOn, endsOn, areas: covered });
    }

    const focusIds = FOCUS_AREA_CODES.map(
      (code) => [code, (sqlite.prepare("select id from focus_areas where code = ?").get(code) as { id: number }).id] as const,
    );
    const users = ids("select id from users where disabled_at is null order by id");

    // Activities, their updates, indicators, milestones and money.
    const toAdd = Math.max(0, options.activities - count("activities"));
    const updatesToAdd = Math.max(0, options.updates - count("status_updates"));
    const pending: { weight: number; write: (updates: number) => void }[] = [];
    const fourYearsAgo = addMonths(today, -48);
    const activityIds: number[] = [];
    const gapActivities: number[] = [];
    for (let n = 0; n < toAdd; n++) {
      const plan = r.pick(planRows);
      const [focus, focusId] = r.pick(focusIds);
      const planEnd = plan.endsOn < today ? plan.endsOn : today;
      const startsOn = addDays(plan.startsOn, r.int(0, 200));
      const ended = plan.endsOn < today || r.chance(0.12);
      const endsOn = ended ? (plan.endsOn < today ? plan.endsOn : addDays(today, -r.int(10, 300))) : r.chance(0.7) ? plan.endsOn : null;
      const status: ActivityStatus = ended
        ? r.chance(0.85)
          ? "completed"
          : "stopped"
        : r.pick<ActivityStatus>(["active", "active", "active", "active", "planned", "paused", "idea"]);
      const health: Health = r.chance(0.65) ? "green" : r.chance(0.7) ? "amber" : "red";
      const healthReason = health === "green" ? "" : r.pick(health === "amber" ? AMBER_REASONS : RED_REASONS);
      const own = r.some(plan.areas, r.chance(0.8) ? 1 : r.int(2, 3));
      const place = own.map((id) => areaById.get(id)?.slug ?? "").join(", ");
      const budget = r.int(2, 60) * 50_000;
      const id = insertActivity({
        plan_id: plan.id,
        focus_area_id: focusId,
        title: `${r.pick(TITLES[focus])} ${place} ${n + 1}`,
        purpose: r.pick(PURPOSES),
        target_group: r.pick(TARGET_GROUPS),
        content: CONTENT,
        partners: r.some(PARTNERS, r.int(1, 3)).join(", "),
        responsible: r.pick(RESPONSIBLE),
        starts_on: startsOn,
        ends_on: endsOn && endsOn < startsOn ? startsOn : endsOn,
        budget,
        status,
        health,
        health_reason: healthReason,
        version: 1,
      });
      activityIds.push(id);
      for (const areaId of own) insertActivityArea({ activity_id: id, area_id: areaId });

      // Updates: this activity's share (given out below, once every activity is known), spread from its start
      // (at most four years back) to its end or today.
      const from = startsOn > fourYearsAgo ? startsOn : fourYearsAgo;
      const to = endsOn && endsOn < planEnd ? endsOn : planEnd;
      const span = Math.max(1, (Date.parse(to) - Date.parse(from)) / 86_400_000);
      const indicatorIds = (r.chance(0.6) ? r.some(INDICATORS, r.int(1, 3)) : []).map((spec) => ({
        spec,
        id: insertIndicator({ activity_id: id, ...spec }),
      }));
      pending.push({
        weight: status === "idea" || from > to ? 0 : span * (0.5 + r.next()),
        write: (k) => {
          const dates = Array.from({ length: k }, (_, i) => addDays(from, Math.floor(((i + r.next() * 0.9) * span) / k))).sort();
          dates.forEach((reportedOn, i) => {
            const last = i === k - 1;
            const h: Health = last ? health : r.chance(0.7) ? "green" : r.chance(0.7) ? "amber" : "red";
            const reason = last ? healthReason : h === "green" ? "" : r.pick(h === "amber" ? AMBER_REASONS : RED_REASONS);
            const s: ActivityStatus = last ? status : i === 0 && status !== "active" ? "planned" : "active";
            const updateId = insertUpdate({
              activity_id: id,
              status: s,
              health: h,
              health_reason: reason,
              note: h === "green" ? r.pick(GREEN_NOTES) : reason,
              reported_on: reportedOn > today ? today : reportedOn,
              reported_by: r.pick(RESPONSIBLE),
            });
            for (const { id: indicatorId, spec } of indicatorIds) {
              if (!r.chance(0.6)) continue;
              const step = (spec.target - spec.baseline) / Math.max(4, k);
              const value =
                spec.kind === "cumulative"
                  ? Math.max(0, Math.round(step * (0.5 + r.next())))
                  : Math.round(spec.baseline + step * (i + 1) * (0.6 + r.next() * 0.6));
              insertActual({ indicator_id: indicatorId, status_update_id: updateId, value });
            }
          });
        },
      });

      for (const title of r.some(MILESTONES, r.int(0, 3))) {
        const dueOn = addDays(startsOn, r.int(30, 900));
        insertMilestone({ activity_id: id, title, due_on: dueOn, done_on: dueOn < today && r.chance(0.7) ? dueOn : null });
      }

      // Money: base funding per plan year covering some of the budget, then applications to foundations.
      const firstYear = Math.max(yearOf(plan.startsOn), yearOf(startsOn));
      const lastYear = Math.min(yearOf(plan.endsOn), endsOn ? yearOf(endsOn) : yearOf(plan.endsOn));
      const years = Array.from({ length: Math.max(1, lastYear - firstYear + 1) }, (_, i) => firstYear + i);
      const coverage = r.chance(0.55) ? 1 : r.chance(0.6) ? 0.3 + r.next() * 0.6 : 0;
      if (coverage < 1) gapActivities.push(id);
      const base = Math.round(budget * coverage);
      const area = areaById.get(own[0] ?? 0) ?? areaRows[0];
      const mix: [number, number][] = [
        [lbf, 0.7],
        [area?.municipality ?? odense, 0.18],
        ...(area?.housing ?? []).map((s, _i, all) => [s, 0.12 / all.length] as [number, number]),
      ];
      if (base > 0) {
        for (const [source, share] of mix) {
          const perYear = Math.round((base * share) / years.length);
          for (const year of years) {
            insertLine({
              activity_id: id,
              source_id: source,
              year,
              amount: perYear,
              stage: year < y ? "paid" : "granted",
              deadline: null,
              expected_answer_on: null,
              decided_on: `${yearOf(plan.startsOn) - 1}-11-20`,
              application_id: null,
              note: source === lbf ? "Tilskud efter godkendt helhedsplan." : "Lokal medfinansiering.",
            });
          }
        }
      }
      const applications = coverage < 1 ? r.int(1, 4) : r.int(0, 2);
      for (let a = 0; a < applications; a++) {
        const stage = r.pick(["prospect", "applied", "applied", "granted", "paid", "rejected"] as const);
        const appYears = years.slice(0, r.int(1, Math.min(3, years.length)));
        const amount = r.int(1, 8) * 25_000;
        let key: number | null = null;
        for (const year of appYears) {
          const lineId = insertLine({
            activity_id: id,
            source_id: r.pick(foundations),
            year,
            amount,
            stage,
            deadline: stage === "prospect" ? addDays(today, r.int(-20, 120)) : null,
            expected_answer_on: stage === "applied" ? addDays(today, r.int(-30, 150)) : null,
            decided_on: stage === "granted" || stage === "paid" || stage === "rejected" ? addDays(today, -r.int(10, 900)) : null,
            application_id: key,
            note: "Ansøgning (syntetiske data).",
          });
          if (key === null && appYears.length > 1) {
            key = lineId;
            setApplication.run(key, key);
          }
        }
      }
    }

    // Each activity's updates in proportion to its reporting period; the rounding remainder one each in turn.
    const totalWeight = pending.reduce((sum, p) => sum + p.weight, 0);
    const shares = pending.map((p) => (totalWeight > 0 ? Math.floor((updatesToAdd * p.weight) / totalWeight) : 0));
    const eligible = pending.flatMap((p, i) => (p.weight > 0 ? [i] : []));
    for (let left = updatesToAdd - shares.reduce((a, b) => a + b, 0), i = 0; left > 0 && eligible.length > 0; left--, i++) {
      const at = eligible[i % eligible.length] ?? 0;
      shares[at] = (shares[at] ?? 0) + 1;
    }
    pending.forEach((p, i) => p.write(shares[i] ?? 0));

    // Fundraising flags on some activities with a gap (one open flag at most each).
    const fundraiser = ids("select id from users where role = 'fundraiser' order by id")[0] ?? null;
    for (const id of gapActivities) {
      if (!r.chance(0.15)) continue;
      const open =
        (
          sqlite.prepare("select count(*) as n from fundraising_flags where activity_id = ? and resolved_at is null").get(id) as {
            n: number;
          }
        ).n > 0;
      const resolved = open || r.chance(0.3);
      insertFlag({
        activity_id: id,
        priority: r.pick(["high", "medium", "low"]),
        note: "Skal have ekstern finansiering.",
        created_by: fundraiser,
        resolved_at: resolved ? `${addDays(today, -r.int(1, 400))}T12:00:00.000Z` : null,
        resolved_by: resolved ? fundraiser : null,
      });
    }

    // Meetings over the last four years: the board each quarter, steering groups each month.
    if (activityIds.length > 0) {
      for (let m = 0; m < 48; m++) {
        const heldOn = addDays(addMonths(today, -48 + m), r.int(0, 20));
        if (heldOn >= today) continue;
        const board = m % 3 === 0;
        const meetingId = insertMeeting({
          body: board ? "board" : "steering",
          held_on: heldOn,
          title: board ? `Bestyrelsesmøde ${heldOn.slice(0, 7)}` : `Styregruppemøde ${heldOn.slice(0, 7)}`,
          place: "Beboerhuset",
          previous_minutes_approved: 1,
        });
        const items = r.int(4, 7);
        for (let number = 1; number <= items; number++) {
          const kind = r.pick(["decision", "decision", "information", "discussion"] as const);
          const itemId = insertItem({
            meeting_id: meetingId,
            number,
            kind,
            title:
              kind === "decision"
                ? "Godkendelse af justeret aktivitetsplan"
                : kind === "information"
                  ? "Status fra områderne"
                  : "Drøftelse af finansiering",
            summary: "Sekretariatet orienterede om status og økonomi for de berørte aktiviteter.",
            outcome: kind === "decision" ? "Indstillingen blev godkendt." : "Taget til efterretning.",
          });
          for (const activityId of r.some(activityIds.slice(Math.max(0, activityIds.length - 4000)), r.int(1, 3))) {
            insertItemActivity({ item_id: itemId, activity_id: activityId });
          }
          if (kind === "decision" && r.chance(0.6)) {
            const dueOn = addDays(heldOn, r.int(14, 120));
            insertFollowUp({
              item_id: itemId,
              what: "Sekretariatet følger op og orienterer på næste møde.",
              owner_id: r.pick(users),
              due_on: dueOn,
              done_on: dueOn < today && r.chance(0.8) ? dueOn : null,
            });
          }
        }
      }
    }
  })();

  const tables = [
    "areas",
    "plans",
    "activities",
    "status_updates",
    "indicator_actuals",
    "funding_lines",
    "meetings",
    "follow_ups",
    "users",
  ];
  return Object.fromEntries(tables.map((t) => [t, count(t)]));
}

/** Migrates a new file, seeds the demo and grows it (the bench uses this too). Returns the row counts. */
export function buildLargeDatabase(file: string, options: LargeOptions): Record<string, number> {
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    if (!isEmpty(db)) throw new Error(`${file} already holds data: pass --replace to delete it first`);
    seedDatabase(db, { today: options.today, seed: "demo" });
    const counts = seedLarge(db.$client, options);
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    return counts;
  } finally {
    db.$client.close();
  }
}
