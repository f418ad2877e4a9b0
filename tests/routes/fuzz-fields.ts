/**
 * What the action fuzzer (fuzz-actions.test.ts) cannot read from a route's zod schemas: field names a
 * schema does not list (a catch-all such as `amount-2026`), values that must match the database to get past
 * validation, whole valid forms to start from (so that the fuzzer also reaches the writes, and the page a
 * save leads to), and a smaller share of cases for slow actions. A route with an action and no entry here
 * is fuzzed all the same: the fields of the schemas its action validates with, and generic values.
 */
import type { Sqlite } from "../setup/fuzz";
import { TEST_TODAY } from "../setup/paths";

type FormExample = Record<string, string | string[] | undefined>;

export type FuzzContext = { db: Sqlite; params: Record<string, string>; file: string };

export type RouteFuzzSpec = {
  /** Field names beside those of the schemas, each with valid-looking values (or null: generic ones). */
  fields?: Record<string, ((context: FuzzContext) => string[]) | null>;
  /** Whole valid forms for the route's params, which the fuzzer sends as they are and mutated (undefined: not sent). */
  examples?: (context: FuzzContext) => FormExample[];
  /** The URL params to use; by default found in the database from the file name. */
  params?: (db: Sqlite) => Record<string, string>[];
  /** This route's share of the cases, relative to 1 (an action that hashes a password per case gets fewer). */
  weight?: number;
};

type Row = Record<string, string | number | null>;
const one = (db: Sqlite, sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as Row | undefined;
const all = (db: Sqlite, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Row[];
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** Years of the activity's plan: what its funding lines and applications may cover. */
function planYears(db: Sqlite, activityId: string): number[] {
  const plan = one(db, "select p.starts_on s, p.ends_on e from plans p join activities a on a.plan_id = p.id where a.id = ?", activityId);
  if (!plan) return [];
  const first = Number(text(plan.s).slice(0, 4));
  const last = Number(text(plan.e).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

function activityForm(db: Sqlite, id: string): FormExample | null {
  const a = one(db, "select a.*, f.code focus from activities a join focus_areas f on f.id = a.focus_area_id where a.id = ?", id);
  if (!a) return null;
  return {
    title: `${text(a.title)} (ændret)`,
    focus: text(a.focus),
    areaIds: all(db, "select area_id from activity_areas where activity_id = ?", id).map((r) => text(r.area_id)),
    startsOn: text(a.starts_on),
    endsOn: text(a.ends_on),
    purpose: text(a.purpose),
    targetGroup: text(a.target_group),
    content: text(a.content),
    partners: text(a.partners),
    responsible: text(a.responsible),
    budget: text(a.budget),
    planId: text(a.plan_id),
    version: text(a.version),
  };
}

export const FUZZ_FIELDS: Record<string, RouteFuzzSpec> = {
  // Every sign-in checks a password (about 100 ms of scrypt): fewer cases.
  "login.tsx": {
    weight: 0.1,
    examples: () => [
      { email: "board@overblik.test", password: "overblik-demo", redirectTo: "/dashboard" },
      { email: "manager.vollsmose@overblik.test", password: "forkert-kodeord" },
    ],
  },
  "language.tsx": { examples: () => [{ lang: "en", redirectTo: "/activities" }, { lang: "da" }] },

  "activities.new.tsx": {
    examples: ({ db }) => {
      const plan = one(db, "select id from plans where slug = 'bydaekkende-current'");
      const vollsmose = one(db, "select id from areas where slug = 'vollsmose'");
      return [
        {
          title: "Lektiecafé for 7.–9. klasse",
          planId: text(plan?.id),
          focus: "education",
          areaIds: [text(vollsmose?.id)],
          budget: "150.000",
          status: "planned",
          startsOn: "2026-08-01",
          endsOn: "2027-06-30",
          purpose: "Flere unge gennemfører 9. klasse.",
        },
      ];
    },
  },
  "activities.$id_.edit.tsx": {
    examples: ({ db, params }) => {
      const form = activityForm(db, params.id ?? "");
      return form
        ? [
            { intent: "update", ...form },
            { intent: "delete", version: form.version },
          ]
        : [];
    },
  },
  "activities.$id_.updates.tsx": {
    examples: ({ db, params }) => {
      const a = one(db, "select status, version from activities where id = ?", params.id);
      if (!a) return [];
      const indicator = one(db, "select id from indicators where activity_id = ? and retired_on is null", params.id);
      const base = { status: text(a.status), reportedOn: TEST_TODAY, version: text(a.version), note: "Godt fremmøde i denne måned." };
      return [
        { ...base, health: "green", ...(indicator ? { [`indicator-${text(indicator.id)}`]: "12,5" } : {}) },
        { ...base, health: "amber", healthReason: "To frivillige er stoppet" },
        { ...base, status: "paused", health: "red", healthReason: "Lokalet er lukket" },
      ];
    },
  },
  "activities.$id_.funding.tsx": {
    // An application's amounts arrive as one field a year, `amount-YYYY`, which its schema takes as a catch-all.
    fields: Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`amount-${2022 + i}`, () => ["25.000", "0", "1 000 000", ""]] as const),
    ) as RouteFuzzSpec["fields"],
    examples: ({ db, params }) => {
      const id = params.id ?? "";
      const years = planYears(db, id);
      const source = one(db, "select id from funding_sources order by id limit 1");
      const year = String(years[0] ?? 2026);
      const forms: FormExample[] = [
        { intent: "create", sourceId: text(source?.id), stage: "applied", year, amount: "50.000", deadline: "2026-09-01" },
        {
          intent: "createApplication",
          sourceId: text(source?.id),
          stage: "granted",
          decidedOn: TEST_TODAY,
          ...Object.fromEntries(years.slice(0, 2).map((y) => [`amount-${y}`, "100.000"])),
        },
      ];
      for (const line of all(db, "select * from funding_lines where activity_id = ? order by id limit 3", id)) {
        forms.push(
          {
            intent: "update",
            lineId: text(line.id),
            version: text(line.version),
            sourceId: text(line.source_id),
            stage: text(line.stage),
            year: text(line.year),
            amount: text(line.amount),
            decidedOn: text(line.decided_on) || TEST_TODAY,
          },
          { intent: "withdraw", lineId: text(line.id), version: text(line.version) },
        );
      }
      const application = one(
        db,
        "select application_id a from funding_lines where activity_id = ? and application_id is not null limit 1",
        id,
      );
      if (application) {
        const lines = all(db, "select * from funding_lines where application_id = ? order by id", application.a);
        const token = lines.map((l) => `${text(l.id)}:${text(l.version)}`).join(" ");
        const first = lines[0]!;
        forms.push(
          { intent: "withdrawApplication", applicationId: text(application.a), lines: token },
          {
            intent: "updateApplication",
            applicationId: text(application.a),
            lines: token,
            sourceId: text(first.source_id),
            stage: text(first.stage),
            decidedOn: text(first.decided_on) || TEST_TODAY,
            ...Object.fromEntries(lines.map((l) => [`amount-${text(l.year)}`, text(l.amount)])),
          },
        );
      }
      return forms;
    },
  },
  "activities.$id_.flag.tsx": {
    examples: ({ db, params }) => {
      const flag = one(db, "select id from fundraising_flags where activity_id = ? and resolved_at is null", params.id);
      return [
        { intent: "flag", priority: "high", note: "Mangler medfinansiering fra 2027." },
        ...(flag ? [{ intent: "resolve", flagId: text(flag.id) }] : []),
      ];
    },
  },
  "activities.$id_.indicators.tsx": {
    examples: () => [
      { name: "Deltagere", unit: "personer", baseline: "0", target: "40", direction: "higher", kind: "cumulative" },
      { name: "Indbrud", unit: "anmeldelser", baseline: "40", target: "20,5", direction: "lower", kind: "per_period" },
    ],
  },
  "activities.$id_.indicators_.$indicatorId.tsx": {
    examples: ({ db, params }) => {
      const i = one(db, "select * from indicators where id = ? and activity_id = ?", params.indicatorId, params.id);
      if (!i) return [];
      const definition = {
        name: text(i.name),
        unit: text(i.unit),
        direction: text(i.direction),
        kind: text(i.kind),
        version: text(i.version),
      };
      return [
        { intent: "edit", ...definition, baseline: text(i.baseline), target: text(i.target) },
        { intent: "edit", ...definition, baseline: text(i.baseline), target: text(Number(i.target) * 2 || 10), reason: "Nyt mål aftalt" },
        { intent: "retire", reason: "Måles ikke længere", version: text(i.version) },
      ];
    },
  },
  "activities.$id_.milestones.tsx": {
    examples: ({ db, params }) => {
      const open = one(db, "select id from milestones where activity_id = ? and done_on is null", params.id);
      return [
        { intent: "create", title: "Evaluering", dueOn: "2026-12-01" },
        ...(open ? [{ intent: "done", milestoneId: text(open.id), doneOn: TEST_TODAY }] : []),
      ];
    },
  },
  "activities.$id_.milestones_.$milestoneId.tsx": {
    examples: ({ db, params }) => {
      const m = one(db, "select * from milestones where id = ? and activity_id = ?", params.milestoneId, params.id);
      if (!m) return [];
      return [
        { intent: "edit", title: `${text(m.title)} (flyttet)`, dueOn: "2026-11-15", version: text(m.version) },
        { intent: m.done_on ? "reopen" : "delete", version: text(m.version) },
      ];
    },
  },

  "admin.areas._index.tsx": {
    examples: () => [{ name: "Bolbro", slug: "", classification: "prevention", residents: "3.100", homes: "1 400", housingSections: "4" }],
  },
  "admin.areas.$slug.tsx": {
    examples: ({ db, params }) => {
      const a = one(db, "select * from areas where slug = ?", params.slug);
      if (!a) return [];
      return [
        {
          name: text(a.name),
          slug: text(a.slug),
          residents: text(a.residents),
          homes: text(a.homes),
          housingSections: text(a.housing_sections),
          classification: text(a.classification),
          descriptionDa: `${text(a.description_da)} Opdateret.`,
          descriptionEn: text(a.description_en),
          version: text(a.version),
        },
      ];
    },
  },
  "admin.plans._index.tsx": {
    examples: ({ db }) => [
      {
        name: "Boligsocial helhedsplan Korsløkken 2027–2030",
        slug: "",
        startsOn: "2027-01-01",
        endsOn: "2030-12-31",
        areaIds: all(db, "select id from areas where slug in ('korsloekken', 'ejerslykke')").map((r) => text(r.id)),
      },
    ],
  },
  "admin.plans.$slug.tsx": {
    examples: ({ db, params }) => {
      const p = one(db, "select * from plans where slug = ?", params.slug);
      if (!p) return [];
      return [
        {
          name: `${text(p.name)} (ændret)`,
          slug: text(p.slug),
          startsOn: text(p.starts_on),
          endsOn: text(p.ends_on),
          areaIds: all(db, "select area_id from plan_areas where plan_id = ?", p.id).map((r) => text(r.area_id)),
          version: text(p.version),
        },
      ];
    },
  },
  // Creating a user or setting a password hashes it: fewer cases.
  "admin.users._index.tsx": {
    weight: 0.5,
    examples: ({ db }) => [
      {
        email: "ny.leder@overblik.test",
        name: "Ny områdeleder",
        role: "manager",
        areaIds: [text(one(db, "select id from areas where slug = 'korsloekken'")?.id)],
        password: "et-langt-kodeord-1234",
      },
      { email: "ny.fundraiser@overblik.test", name: "Ny fundraiser", role: "fundraiser", password: "et-langt-kodeord-1234" },
    ],
  },
  "admin.users.$id.tsx": {
    weight: 0.5,
    examples: ({ db, params }) => {
      const u = one(db, "select * from users where id = ?", params.id);
      if (!u) return [];
      return [
        {
          intent: "update",
          name: `${text(u.name)} (ændret)`,
          role: text(u.role),
          areaIds: all(db, "select area_id from user_areas where user_id = ?", u.id).map((r) => text(r.area_id)),
          version: text(u.version),
        },
        { intent: "update", name: text(u.name), role: "board", version: text(u.version), disabled: "on" },
        { intent: "reset-password", password: "et-nyt-langt-kodeord" },
      ];
    },
  },
  "funding.sources.tsx": {
    examples: ({ db }) => {
      const s = one(db, "select * from funding_sources order by id desc limit 1");
      return [
        { name: "Velux Fonden", kind: "foundation" },
        { name: "Odense Kommune, Børn og Unge", kind: "municipality", countsAsLocal: "on" },
        ...(s ? [{ id: text(s.id), version: text(s.version), name: `${text(s.name)} (ændret)`, kind: text(s.kind) }] : []),
      ];
    },
  },
  "admin.funding-sources.tsx": { examples: () => [{ name: "A.P. Møller Fonden", kind: "foundation" }] },

  "meetings.new.tsx": {
    examples: () => [
      { body: "board", date: "2026-09-10", title: "Bestyrelsesmøde", place: "Vollsmose Kulturhus", previousMinutesApproved: "yes" },
    ],
  },
  "meetings.$id_.edit.tsx": {
    examples: ({ db, params }) => {
      const m = one(db, "select * from meetings where id = ?", params.id);
      if (!m) return [];
      return [
        {
          body: text(m.body),
          date: text(m.held_on),
          title: `${text(m.title)} (ændret)`,
          place: text(m.place),
          dateNote: text(m.date_note),
          previousMinutesApproved: m.previous_minutes_approved === 1 ? "yes" : m.previous_minutes_approved === 0 ? "no" : "",
          version: text(m.version),
        },
      ];
    },
  },
  "meetings.$id_.items.tsx": {
    examples: ({ db }) => [
      {
        number: "7",
        kind: "decision",
        title: "Godkendelse af budget",
        summary: "Sekretariatet indstiller budgettet til godkendelse.",
        outcome: "Godkendt.",
        activityIds: all(db, "select id from activities order by id limit 2").map((r) => text(r.id)),
      },
    ],
  },
  "meetings.$id_.items.$itemId.tsx": {
    examples: ({ db, params }) => {
      const i = one(db, "select * from agenda_items where id = ? and meeting_id = ?", params.itemId, params.id);
      if (!i) return [];
      return [
        {
          number: text(i.number),
          kind: text(i.kind),
          title: `${text(i.title)} (ændret)`,
          summary: text(i.summary),
          outcome: text(i.outcome),
          activityIds: all(db, "select activity_id from agenda_item_activities where item_id = ?", i.id).map((r) => text(r.activity_id)),
          version: text(i.version),
        },
      ];
    },
  },
  "meetings.$id.tsx": {
    examples: ({ db, params }) => {
      const meeting = one(db, "select held_on from meetings where id = ?", params.id);
      const item = one(db, "select id from agenda_items where meeting_id = ? order by id", params.id);
      const owner = one(db, "select id from users where email = 'fundraiser@overblik.test'");
      const forms: FormExample[] = [];
      if (meeting && item) {
        forms.push({
          intent: "create",
          itemId: text(item.id),
          what: "Send referatet ud",
          ownerId: text(owner?.id),
          dueOn: text(meeting.held_on),
        });
      }
      for (const f of all(
        db,
        "select f.id, f.version, f.done_on from follow_ups f join agenda_items i on i.id = f.item_id where i.meeting_id = ? limit 3",
        params.id,
      )) {
        forms.push(
          f.done_on
            ? { intent: "reopen", followUpId: text(f.id), version: text(f.version), returnTo: "/my" }
            : { intent: "done", followUpId: text(f.id), version: text(f.version), doneOn: TEST_TODAY },
        );
      }
      return forms;
    },
  },
};
