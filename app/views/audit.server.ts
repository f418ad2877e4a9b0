import { inArray } from "drizzle-orm";

import { getDb } from "../../db/client.server";
import { activities, agendaItems, areas, focusAreas, fundingSources, measures, plans, sharedIndicators, users } from "../../db/schema";
import { formatDate, formatMoney, formatNumber } from "../i18n/format";
import type { Lang } from "../i18n/i18n";
import { type AnyMessageKey, isAnyMessageKey, serverTranslator } from "../i18n/server-words.server";
import type { listAudit } from "../models/audit.server";

type AuditRow = ReturnType<typeof listAudit>["rows"][number];

export type AuditEntryView = {
  id: number;
  at: string;
  who: string | null;
  /** "Finansieringslinje ændret" */
  what: string;
  /** The thing it concerns, as a link where it still exists: the activity, the meeting, the user … */
  subject: { label: string; href: string | null } | null;
  changes: { field: string; before: string; after: string }[];
};

/** Bookkeeping fields that say nothing to a reader (ids, versions, timestamps); the subject link covers ids. */
const HIDDEN = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "activityId",
  "statusUpdateId",
  "createdBy",
  "resolvedBy",
  "userId",
  "organisationId",
  "meetingId",
  "itemId",
  "passwordHash",
  "applicationId",
  "updatedBy",
]);

const DATE_FIELDS = new Set([
  "startsOn",
  "endsOn",
  "deadline",
  "decidedOn",
  "dueOn",
  "doneOn",
  "heldOn",
  "reportedOn",
  "retiredOn",
  "expectedAnswerOn",
  "sourceDate",
]);
const MONEY_FIELDS = new Set(["budget", "amount"]);
const TIMESTAMP_FIELDS = new Set(["resolvedAt", "disabledAt"]);

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);
const numberIn = (o: Json | null, key: string) => (typeof o?.[key] === "number" ? (o[key] as number) : null);
const stringIn = (o: Json | null, key: string) => (typeof o?.[key] === "string" ? (o[key] as string) : null);

/**
 * The audit log as sentences in the reader's language: what happened, to what (a link to it), and a table of
 * the fields that changed, before and after, with codes, ids and amounts written as a person reads them.
 */
export function describeAudit(rows: AuditRow[], lang: Lang): AuditEntryView[] {
  const { t, tn } = serverTranslator(lang);
  const db = getDb();
  const objects = rows.map((r) => ({ before: asObject(r.before), after: asObject(r.after) }));
  const ids = (pick: (r: AuditRow, o: { before: Json | null; after: Json | null }) => (number | null)[]) => [
    ...new Set(rows.flatMap((r, i) => pick(r, objects[i] ?? { before: null, after: null })).filter((n): n is number => n !== null)),
  ];

  const activityIds = ids((r, o) => [
    r.entity === "activity" ? Number(r.entityId) : null,
    numberIn(o.after, "activityId"),
    numberIn(o.before, "activityId"),
    ...[o.after, o.before].flatMap((x) => (Array.isArray(x?.activityIds) ? (x.activityIds as number[]) : [])),
  ]);
  const itemIds = ids((r, o) => [
    r.entity === "agenda_item" ? Number(r.entityId) : null,
    numberIn(o.after, "itemId"),
    numberIn(o.before, "itemId"),
  ]);
  const titles = new Map(
    activityIds.length
      ? db
          .select({ id: activities.id, title: activities.title })
          .from(activities)
          .where(inArray(activities.id, activityIds))
          .all()
          .map((a) => [a.id, a.title])
      : [],
  );
  const itemMeeting = new Map(
    itemIds.length
      ? db
          .select({ id: agendaItems.id, meetingId: agendaItems.meetingId })
          .from(agendaItems)
          .where(inArray(agendaItems.id, itemIds))
          .all()
          .map((i) => [i.id, i.meetingId])
      : [],
  );
  const sourceName = new Map(
    db
      .select({ id: fundingSources.id, name: fundingSources.name })
      .from(fundingSources)
      .all()
      .map((s) => [s.id, s.name]),
  );
  const planById = new Map(
    db
      .select({ id: plans.id, name: plans.name, slug: plans.slug })
      .from(plans)
      .all()
      .map((p) => [p.id, p]),
  );
  const planBySlug = new Map([...planById.values()].map((p) => [p.slug, p.name]));
  const areaRows = db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).all();
  const areaBySlug = new Map(areaRows.map((a) => [a.slug, a.name]));
  const areaById = new Map(areaRows.map((a) => [a.id, a.name]));
  const focusRows = db
    .select({ id: focusAreas.id, code: focusAreas.code, nameDa: focusAreas.nameDa, nameEn: focusAreas.nameEn })
    .from(focusAreas)
    .all();
  const focusName = (f: { nameDa: string; nameEn: string }) => (lang === "da" ? f.nameDa : f.nameEn);
  const focusById = new Map(focusRows.map((f) => [f.id, focusName(f)]));
  const focusByCode = new Map(focusRows.map((f) => [f.code, focusName(f)]));
  const measureRows = db
    .select({ id: measures.id, code: measures.code, nameDa: measures.nameDa, nameEn: measures.nameEn })
    .from(measures)
    .all();
  const measureById = new Map(measureRows.map((m) => [m.id, { code: m.code, name: lang === "da" ? m.nameDa : m.nameEn }]));
  const sharedName = new Map(
    db
      .select({ id: sharedIndicators.id, nameDa: sharedIndicators.nameDa, nameEn: sharedIndicators.nameEn })
      .from(sharedIndicators)
      .all()
      .map((x) => [x.id, lang === "da" ? x.nameDa : x.nameEn]),
  );
  const userName = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .all()
      .map((u) => [u.id, u.name]),
  );

  const coded = (prefix: string, value: string) => {
    const key = `${prefix}.${value}`;
    return isAnyMessageKey(key) ? t(key) : value;
  };

  /** A field's value as a reader sees it. */
  function show(entity: string, field: string, value: unknown): string {
    if (value === null || value === undefined || value === "") return t("common.none");
    if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
    if (field === "actuals" && Array.isArray(value)) return tn("audit.actualsCount", value.length);
    if ((field === "areas" || field === "areaIds") && Array.isArray(value)) {
      return value
        .map((v) => (typeof v === "number" ? (areaById.get(v) ?? String(v)) : (areaBySlug.get(String(v)) ?? String(v))))
        .join(", ");
    }
    if (field === "activityIds" && Array.isArray(value)) return value.map((v) => titles.get(Number(v)) ?? `#${String(v)}`).join(", ");
    if (Array.isArray(value)) return value.map(String).join(", ");
    if (typeof value === "number") {
      if (MONEY_FIELDS.has(field)) return formatMoney(lang, value);
      if (field === "sourceId") return sourceName.get(value) ?? `#${value}`;
      if (field === "planId") return planById.get(value)?.name ?? `#${value}`;
      if (field === "focusAreaId") return focusById.get(value) ?? `#${value}`;
      if (field === "ownerId") return userName.get(value) ?? `#${value}`;
      if (field === "areaId") return areaById.get(value) ?? `#${value}`;
      if (field === "measureId") return measureById.get(value)?.name ?? `#${value}`;
      if (field === "sharedIndicatorId") return sharedName.get(value) ?? `#${value}`;
      if (field === "year" || field === "number" || field === "sortOrder") return String(value);
      return formatNumber(lang, value, 2);
    }
    if (typeof value === "object") return JSON.stringify(value);
    const text = String(value);
    if (DATE_FIELDS.has(field)) return formatDate(lang, text);
    if (TIMESTAMP_FIELDS.has(field)) return formatDate(lang, text.slice(0, 10));
    if (field === "plan") return planBySlug.get(text) ?? text;
    if (field === "focus") return focusByCode.get(text as never) ?? text;
    if (field === "status") return coded("status", text);
    if (field === "health") return coded("health", text);
    if (field === "stage") return coded("stage", text);
    if (field === "role") return coded("role", text);
    if (field === "classification") return coded("classification", text);
    if (field === "priority") return coded("flag.priority", text);
    if (field === "body") return coded("body", text);
    if (field === "kind") {
      const prefix = { agenda_item: "itemKind", funding_source: "sourceKind", import: "import.kind" }[entity] ?? "indicator.kind";
      return coded(prefix, text);
    }
    if (field === "direction") return coded("indicator.direction", text);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }

  function subject(row: AuditRow, o: { before: Json | null; after: Json | null }): AuditEntryView["subject"] {
    const either = (key: string) => stringIn(o.after, key) ?? stringIn(o.before, key);
    const activity = (id: number | null) => {
      if (id === null) return null;
      const title = titles.get(id);
      return title ? { label: title, href: `/activities/${id}` } : { label: either("title") ?? `#${id}`, href: null };
    };
    const id = Number(row.entityId);
    switch (row.entity) {
      case "activity":
        return activity(id);
      case "indicator":
      case "milestone":
      case "funding_line":
      case "fundraising_flag":
        return activity(numberIn(o.after, "activityId") ?? numberIn(o.before, "activityId"));
      case "funding_source":
        return { label: either("name") ?? sourceName.get(id) ?? `#${id}`, href: "/funding/sources" };
      case "area": {
        const slug = either("slug");
        return { label: either("name") ?? slug ?? `#${id}`, href: slug ? `/admin/areas/${slug}` : null };
      }
      case "plan": {
        const slug = either("slug");
        return { label: either("name") ?? slug ?? `#${id}`, href: slug ? `/admin/plans/${slug}` : null };
      }
      case "user":
        return { label: either("email") ?? userName.get(id) ?? `#${id}`, href: `/admin/users/${id}` };
      case "meeting":
        return { label: either("title") ?? `#${id}`, href: `/meetings/${id}` };
      case "agenda_item": {
        const meetingId = numberIn(o.after, "meetingId") ?? numberIn(o.before, "meetingId") ?? itemMeeting.get(id) ?? null;
        return { label: either("title") ?? `#${id}`, href: meetingId ? `/meetings/${meetingId}#item-${id}` : null };
      }
      case "follow_up": {
        const itemId = numberIn(o.after, "itemId") ?? numberIn(o.before, "itemId");
        const meetingId = itemId ? itemMeeting.get(itemId) : undefined;
        return { label: either("what") ?? `#${id}`, href: meetingId ? `/meetings/${meetingId}` : null };
      }
      case "shared_indicator":
        return {
          label: sharedName.get(id) ?? either(lang === "da" ? "nameDa" : "nameEn") ?? `#${id}`,
          href: `/admin/shared-indicators/${id}`,
        };
      case "measure": {
        const code = either("code") ?? measureById.get(id)?.code;
        return { label: measureById.get(id)?.name ?? either("nameDa") ?? `#${id}`, href: code ? `/admin/statistics/${code}` : null };
      }
      case "statistic": {
        const measure = measureById.get(numberIn(o.after, "measureId") ?? numberIn(o.before, "measureId") ?? -1);
        const areaId = numberIn(o.after, "areaId") ?? numberIn(o.before, "areaId");
        const area = areaRows.find((a) => a.id === areaId);
        const year = numberIn(o.after, "year") ?? numberIn(o.before, "year");
        if (!measure || !area || year === null) return null;
        return {
          label: `${measure.name}, ${area.name} ${year}`,
          href: `/admin/statistics/${measure.code}/value?area=${area.slug}&year=${year}`,
        };
      }
      case "narrative": {
        const plan = planById.get(numberIn(o.after, "planId") ?? numberIn(o.before, "planId") ?? -1);
        const year = numberIn(o.after, "year") ?? numberIn(o.before, "year");
        if (!plan || year === null) return null;
        return { label: `${plan.name} ${year}`, href: `/reports/lbf?plan=${plan.slug}&year=${year}` };
      }
      default:
        return null;
    }
  }

  return rows.map((row, i) => {
    const o = objects[i] ?? { before: null, after: null };
    const actionKey = `auditAction.${row.action}`;
    const fields = [...new Set([...Object.keys(o.before ?? {}), ...Object.keys(o.after ?? {})])].filter((f) => !HIDDEN.has(f));
    const empty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
    const changes = fields
      .filter((f) => JSON.stringify(o.before?.[f] ?? null) !== JSON.stringify(o.after?.[f] ?? null))
      // A record made or removed is described by what it held, not by its empty fields.
      .filter((f) => (o.before ? true : !empty(o.after?.[f])) && (o.after ? true : !empty(o.before?.[f])))
      .map((f) => {
        const label = `auditField.${f}`;
        return {
          field: isAnyMessageKey(label) ? t(label as AnyMessageKey) : f,
          before: o.before ? show(row.entity, f, o.before[f]) : "",
          after: o.after ? show(row.entity, f, o.after[f]) : "",
        };
      });
    return {
      id: row.id,
      at: row.at,
      who: row.userEmail,
      what: isAnyMessageKey(actionKey) ? t(actionKey) : t("auditAction.other", { code: row.action }),
      subject: subject(row, o),
      changes,
    };
  });
}

/** A filter option's label: the action or thing in words, the code where there are none. */
export function auditFacetLabels(facets: { entities: string[]; actions: string[] }, lang: Lang) {
  const { t } = serverTranslator(lang);
  const label = (prefix: string, code: string) => {
    const key = `${prefix}.${code}`;
    return isAnyMessageKey(key) ? t(key) : code;
  };
  return {
    entities: facets.entities.map((code) => ({ value: code, label: label("auditEntity", code) })),
    actions: facets.actions.map((code) => ({ value: code, label: label("auditAction", code) })),
  };
}
