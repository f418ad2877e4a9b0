import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import * as activityPage from "../../app/routes/activities.$id";
import * as generalPack from "../../app/routes/board-pack";
import * as meetingList from "../../app/routes/meetings._index";
import * as meetingPage from "../../app/routes/meetings.$id";
import * as meetingPack from "../../app/routes/meetings.$id_.board-pack";
import * as meetingEdit from "../../app/routes/meetings.$id_.edit";
import * as itemNew from "../../app/routes/meetings.$id_.items";
import * as itemEdit from "../../app/routes/meetings.$id_.items.$itemId";
import * as meetingNew from "../../app/routes/meetings.new";
import * as my from "../../app/routes/my";
import { getDb } from "../../db/client.server";
import { activities, agendaItemActivities, agendaItems, auditLog, followUps, meetings, users } from "../../db/schema";
import { TEST_TODAY } from "../setup/paths";
import { callAction, callLoader, type Who } from "../setup/route-harness";

const db = () => getDb();
const activityId = (title: string) => db().select({ id: activities.id }).from(activities).where(eq(activities.title, title)).get()?.id ?? 0;
const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id ?? 0;
const april = () => db().select().from(meetings).where(eq(meetings.heldOn, "2020-04-22")).get();
const itemOf = (meetingId: number, number: number) =>
  db()
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number)))
    .get();
const rowCount = (table: typeof meetings | typeof agendaItems | typeof followUps) => db().select().from(table).all().length;

type ListData = { meetings: { id: number; heldOn: string; body: string; title: string }[]; ignored: { param: string; value: string }[] };

// First: the other tests add board meetings of their own, which would become "the previous meeting".
describe("board packs", () => {
  it("for a meeting: its agenda's activities, open follow-ups, and changes since the previous meeting of the same body", async () => {
    const upcoming = db().select().from(meetings).where(eq(meetings.title, "Kommende bestyrelsesmøde, Boligsocialt Hus")).get();
    const res = await callLoader(meetingPack, {
      path: `/meetings/${upcoming?.id}/board-pack`,
      params: { id: String(upcoming?.id) },
      as: "board",
    });
    expect(res.status).toBe(200);
    const data = res.data as {
      previous: { heldOn: string; title: string } | null;
      since: string;
      activities: { title: string; status: string; budget: number; gap: number }[];
      changes: { rows: { reportedOn: string }[]; total: number };
    };
    // The previous board meeting is the one three months ago, not the steering group's.
    expect(data.previous?.title).toBe("Bestyrelsesmøde, Boligsocialt Hus");
    expect(data.since).toBe(data.previous?.heldOn);
    expect(data.activities.map((a) => a.title).sort()).toEqual([
      "Brobyggerindsats",
      "Bydelssøstre",
      "Direkte i Job",
      "Tidlig kriminalitetsforebyggelse",
    ]);
    for (const c of data.changes.rows) expect(c.reportedOn >= data.since).toBe(true);
    expect(data.changes.total).toBeGreaterThanOrEqual(data.changes.rows.length);
  });

  it("the general pack takes a meeting date, a since date (by default the previous board meeting) and a plan", async () => {
    const res = await callLoader(generalPack, { path: "/board-pack?date=2026-06-15&plan=vollsmose-current", as: "board" });
    const data = res.data as { meetingDate: string; since: string; previous: { heldOn: string } | null; filters: { plans: string[] } };
    expect(data.meetingDate).toBe("2026-06-15");
    expect(data.previous?.heldOn).toBe("2026-03-15");
    expect(data.since).toBe("2026-03-15");
    expect(data.filters.plans).toEqual(["vollsmose-current"]);
    const given = (await callLoader(generalPack, { path: "/board-pack?date=2026-06-15&since=2026-01-01", as: "board" })).data as {
      since: string;
    };
    expect(given.since).toBe("2026-01-01");
  });
});

describe("the meeting list", () => {
  it("lists every meeting newest first, to everyone signed in", async () => {
    for (const who of ["board", "fundraiser", "managerKorsloekken"] as Who[]) {
      const res = await callLoader(meetingList, { path: "/meetings", as: who });
      expect(res.status).toBe(200);
      const dates = (res.data as ListData).meetings.map((m) => m.heldOn);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates).toContain("2020-04-22");
    }
  });

  it("filters by body and year, and says what it ignored", async () => {
    const res = await callLoader(meetingList, { path: "/meetings?body=steering&year=2020&year=1066&body=parliament", as: "board" });
    expect(res.status).toBe(200);
    const data = res.data as ListData;
    expect(data.meetings).toEqual([]);
    expect(data.ignored).toEqual([
      { param: "body", value: "parliament" },
      { param: "year", value: "1066" },
    ]);
    const board2020 = (await callLoader(meetingList, { path: "/meetings?body=board&year=2020", as: "board" })).data as ListData;
    expect(board2020.meetings.map((m) => m.title)).toEqual(["Bestyrelsesmøde i Vollsmose Sekretariatet, april 2020"]);
  });
});

describe("the April 2020 meeting from the minutes", () => {
  it("has the six items with the kinds the minutes give, linked to their activities", async () => {
    const meeting = april();
    expect(meeting).toMatchObject({ body: "board", previousMinutesApproved: true });
    expect(meeting?.dateNote).toContain("20. og 28. april 2020");
    const res = await callLoader(meetingPage, { path: `/meetings/${meeting?.id}`, params: { id: String(meeting?.id) }, as: "board" });
    const items = (res.data as { meeting: { items: { number: number; kind: string; title: string; activities: { title: string }[] }[] } })
      .meeting.items;
    expect(items.map((i) => [i.number, i.kind])).toEqual([
      [1, "decision"],
      [2, "information"],
      [3, "discussion"],
      [4, "information"],
      [5, "information"],
      [6, "information"],
    ]);
    expect(items[1]?.activities).toHaveLength(11);
    expect(items[2]?.activities.map((a) => a.title)).toEqual(["Brobyggerindsats"]);
    expect(items[3]?.activities.map((a) => a.title)).toEqual(["Gadeplansteams under COVID-19"]);
    expect(items[4]?.activities.map((a) => a.title)).toEqual(["KVINFO Mentornetværk"]);
  });

  it("is reached from the brobyggerindsats's page, with the open follow-ups", async () => {
    const id = activityId("Brobyggerindsats");
    const res = await callLoader(activityPage, { path: `/activities/${id}`, params: { id: String(id) }, as: "board" });
    const data = res.data as {
      meetingItems: { meetingId: number; heldOn: string; kind: string; itemId: number }[];
      followUps: { what: string; ownerName: string; overdue: boolean }[];
    };
    const discussion = data.meetingItems.find((i) => i.heldOn === "2020-04-22");
    expect(discussion).toMatchObject({ meetingId: april()?.id, kind: "discussion", itemId: itemOf(april()?.id ?? 0, 3)?.id });
    expect(data.followUps.map((f) => f.what)).toContain("Undersøg mulighederne for ekstern finansiering af brobyggerindsatsen");
    expect(data.followUps.find((f) => f.what.startsWith("Undersøg"))).toMatchObject({ ownerName: "Sofie Lund (demo)", overdue: true });
  });

  it("puts each open follow-up on its owner's /my, overdue ones marked, for any role", async () => {
    const fundraiser = (await callLoader(my, { path: "/my", as: "fundraiser" })).data as {
      followUps: { what: string; overdue: boolean }[];
    };
    expect(fundraiser.followUps.find((f) => f.what.startsWith("Undersøg mulighederne"))?.overdue).toBe(true);
    const manager = (await callLoader(my, { path: "/my", as: "managerVollsmose" })).data as {
      followUps: { what: string }[];
      activities: { rows: unknown[]; total: number };
    };
    expect(manager.followUps.map((f) => f.what)).toContain(
      "Orienter bestyrelsen om status på brobyggerindsatsen og de politiske drøftelser",
    );
    expect(manager.activities.rows.length).toBeGreaterThan(0);
    const board = (await callLoader(my, { path: "/my", as: "board" })).data as { followUps: unknown[]; activities: { total: number } };
    expect(board).toMatchObject({ followUps: [], activities: { rows: [], total: 0 } });
  });
});

const meetingForm = (patch: Record<string, string> = {}) => ({
  body: "board",
  date: "2026-09-10",
  title: "Bestyrelsesmøde, september",
  place: "Boligsocialt Hus",
  dateNote: "",
  previousMinutesApproved: "yes",
  ...patch,
});

describe("creating and editing meetings", () => {
  it("lets an administrator create a meeting and lands on it", async () => {
    const before = rowCount(meetings);
    const res = await callAction(meetingNew, { path: "/meetings/new", as: "admin", form: meetingForm() });
    expect(res.status).toBe(303);
    const created = db().select().from(meetings).where(eq(meetings.title, "Bestyrelsesmøde, september")).get();
    expect(res.location).toBe(`/meetings/${created?.id}?saved=meetingCreated`);
    expect(created).toMatchObject({ heldOn: "2026-09-10", body: "board", place: "Boligsocialt Hus", previousMinutesApproved: true });
    expect(rowCount(meetings)).toBe(before + 1);
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, String(created?.id))))
      .get();
    expect(audit?.action).toBe("meeting.create");
  });

  it.each([
    ["a date that does not parse", { date: "10-09-2026" }, "date", "form.date"],
    ["an impossible date", { date: "2026-02-30" }, "date", "form.date"],
    ["a body outside the list", { body: "council" }, "body", "meeting.error.body"],
    ["no title", { title: " " }, "title", "form.required"],
  ])("refuses %s with 400 naming the field", async (_label, patch, field, key) => {
    const before = rowCount(meetings);
    const res = await callAction(meetingNew, { path: "/meetings/new", as: "admin", form: meetingForm(patch) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect(rowCount(meetings)).toBe(before);
  });

  it.each<Who>(["managerVollsmose", "board", "fundraiser"])("refuses %s with 403 whatever is sent", async (who) => {
    const before = rowCount(meetings);
    expect((await callAction(meetingNew, { path: "/meetings/new", as: who, form: meetingForm() })).status).toBe(403);
    expect((await callAction(meetingNew, { path: "/meetings/new", as: who, form: { body: "x" } })).status).toBe(403);
    const m = april();
    const edit = await callAction(meetingEdit, {
      path: `/meetings/${m?.id}/edit`,
      params: { id: String(m?.id) },
      as: who,
      form: meetingForm(),
    });
    expect(edit.status).toBe(403);
    expect(rowCount(meetings)).toBe(before);
  });

  it("edits a meeting against its version: a second writer gets 409 with the stored values", async () => {
    const res = await callAction(meetingNew, { path: "/meetings/new", as: "admin", form: meetingForm({ title: "Til redigering" }) });
    const id = res.location?.match(/\/meetings\/(\d+)/)?.[1] ?? "";
    const stale = String(
      db()
        .select()
        .from(meetings)
        .where(eq(meetings.id, Number(id)))
        .get()?.version,
    );
    const first = await callAction(meetingEdit, {
      path: `/meetings/${id}/edit`,
      params: { id },
      as: "admin",
      form: meetingForm({ title: "Første", version: stale }),
    });
    expect(first.status).toBe(303);
    const second = await callAction(meetingEdit, {
      path: `/meetings/${id}/edit`,
      params: { id },
      as: "admin",
      form: meetingForm({ title: "Anden", version: stale }),
      thenLoader: false,
    });
    expect(second.status).toBe(409);
    expect(second.data).toMatchObject({ values: { title: "Anden" }, current: { title: "Første" } });
  });

  it("answers 404 for an unknown meeting", async () => {
    expect((await callLoader(meetingPage, { path: "/meetings/99999", params: { id: "99999" }, as: "board" })).status).toBe(404);
    expect((await callLoader(meetingEdit, { path: "/meetings/abc/edit", params: { id: "abc" }, as: "admin" })).status).toBe(404);
  });
});

async function newMeeting(title: string, date = "2026-05-01"): Promise<string> {
  const res = await callAction(meetingNew, { path: "/meetings/new", as: "admin", form: meetingForm({ title, date }) });
  return res.location?.match(/\/meetings\/(\d+)/)?.[1] ?? "";
}

const itemForm = (patch: Record<string, string | string[]> = {}) => ({
  number: "1",
  kind: "decision",
  title: "Godkendelse af budget",
  summary: "Budgettet for næste år.",
  outcome: "Godkendt.",
  activityIds: [String(activityId("Bydelssøstre")), String(activityId("Nabohjælp"))],
  ...patch,
});

describe("agenda items", () => {
  it("adds an item linked to activities, and the activities link back", async () => {
    const id = await newMeeting("Med punkter");
    const res = await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: "admin", form: itemForm() });
    expect(res.status).toBe(303);
    const item = itemOf(Number(id), 1);
    expect(item).toMatchObject({ kind: "decision", title: "Godkendelse af budget", outcome: "Godkendt." });
    const links = db()
      .select()
      .from(agendaItemActivities)
      .where(eq(agendaItemActivities.itemId, item?.id ?? 0))
      .all();
    expect(links.map((l) => l.activityId).sort()).toEqual([activityId("Bydelssøstre"), activityId("Nabohjælp")].sort());
    const page = await callLoader(activityPage, {
      path: `/activities/${activityId("Nabohjælp")}`,
      params: { id: String(activityId("Nabohjælp")) },
      as: "board",
    });
    expect((page.data as { meetingItems: { itemId: number }[] }).meetingItems.map((m) => m.itemId)).toContain(item?.id);
  });

  it.each([
    ["a number already on the agenda", { number: "1" }, "number", "meeting.error.numberTaken"],
    ["a number that is not a whole number", { number: "2b" }, "number", "meeting.error.number"],
    ["a kind outside the list", { kind: "vote", number: "7" }, "kind", "meeting.error.kind"],
    ["an unknown activity", { activityIds: ["999999"], number: "8" }, "activityIds", "meeting.error.activityUnknown"],
    ["no title", { title: "", number: "9" }, "title", "form.required"],
  ])("refuses %s with 400 naming the field", async (_label, patch, field, key) => {
    const id = await newMeeting(`Afvisning ${field}`);
    await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: "admin", form: itemForm() });
    const before = rowCount(agendaItems);
    const res = await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: "admin", form: itemForm(patch) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect(rowCount(agendaItems)).toBe(before);
  });

  it("edits an item against its version, replacing its links; a stale version gets 409", async () => {
    const id = await newMeeting("Ret punkt");
    await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: "admin", form: itemForm() });
    const item = itemOf(Number(id), 1);
    const itemId = String(item?.id);
    const form = itemForm({ outcome: "Udsat.", activityIds: [String(activityId("Direkte i Job"))], version: String(item?.version) });
    const res = await callAction(itemEdit, { path: `/meetings/${id}/items/${itemId}`, params: { id, itemId }, as: "admin", form });
    expect(res.status).toBe(303);
    expect(itemOf(Number(id), 1)?.outcome).toBe("Udsat.");
    const links = db()
      .select()
      .from(agendaItemActivities)
      .where(eq(agendaItemActivities.itemId, item?.id ?? 0))
      .all();
    expect(links.map((l) => l.activityId)).toEqual([activityId("Direkte i Job")]);
    const stale = await callAction(itemEdit, {
      path: `/meetings/${id}/items/${itemId}`,
      params: { id, itemId },
      as: "admin",
      form,
      thenLoader: false,
    });
    expect(stale.status).toBe(409);
    expect(itemOf(Number(id), 1)?.outcome).toBe("Udsat.");
  });

  it("answers 404 for an item of another meeting, and 403 for non-administrators", async () => {
    const a = april();
    const otherItem = String(itemOf(a?.id ?? 0, 1)?.id);
    const id = await newMeeting("Fremmed punkt");
    expect(
      (await callLoader(itemEdit, { path: `/meetings/${id}/items/${otherItem}`, params: { id, itemId: otherItem }, as: "admin" })).status,
    ).toBe(404);
    for (const who of ["managerVollsmose", "board", "fundraiser"] as Who[]) {
      expect((await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: who, form: itemForm() })).status).toBe(403);
    }
  });
});

describe("follow-ups", () => {
  const followUpForm = (itemId: string, patch: Record<string, string> = {}) => ({
    intent: "create",
    itemId,
    what: "Skriv til fonden",
    ownerId: String(userId("fundraiser@overblik.test")),
    dueOn: "2026-06-01",
    ...patch,
  });

  async function meetingWithItem(title: string) {
    const id = await newMeeting(title, "2026-05-01");
    await callAction(itemNew, { path: `/meetings/${id}/items`, params: { id }, as: "admin", form: itemForm() });
    return { id, itemId: String(itemOf(Number(id), 1)?.id) };
  }

  it("lets an administrator add one; its owner marks it done and reopens it; others get 403", async () => {
    const { id, itemId } = await meetingWithItem("Opfølgning");
    const created = await callAction(meetingPage, { path: `/meetings/${id}`, params: { id }, as: "admin", form: followUpForm(itemId) });
    expect(created.status).toBe(303);
    const f = db()
      .select()
      .from(followUps)
      .where(eq(followUps.itemId, Number(itemId)))
      .get();
    expect(f).toMatchObject({ what: "Skriv til fonden", dueOn: "2026-06-01", doneOn: null });

    // The board and another manager own nothing here: 403 whatever they send.
    for (const who of ["board", "managerKorsloekken"] as Who[]) {
      const res = await callAction(meetingPage, {
        path: `/meetings/${id}`,
        params: { id },
        as: who,
        form: { intent: "done", followUpId: String(f?.id), version: "1" },
      });
      expect(res.status).toBe(403);
    }
    // The owner may not add follow-ups, only mark their own.
    const ownerCreate = await callAction(meetingPage, {
      path: `/meetings/${id}`,
      params: { id },
      as: "fundraiser",
      form: followUpForm(itemId),
    });
    expect(ownerCreate.status).toBe(403);

    const done = await callAction(meetingPage, {
      path: `/meetings/${id}`,
      params: { id },
      as: "fundraiser",
      form: { intent: "done", followUpId: String(f?.id), version: String(f?.version), returnTo: "/my" },
    });
    expect(done).toMatchObject({ status: 303, location: "/my?saved=followUp" });
    const after = db()
      .select()
      .from(followUps)
      .where(eq(followUps.id, f?.id ?? 0))
      .get();
    expect(after?.doneOn).toBe(TEST_TODAY);

    // A second click on the old page: the version moved on.
    const stale = await callAction(meetingPage, {
      path: `/meetings/${id}`,
      params: { id },
      as: "fundraiser",
      form: { intent: "done", followUpId: String(f?.id), version: String(f?.version) },
      thenLoader: false,
    });
    expect(stale.status).toBe(409);

    const reopened = await callAction(meetingPage, {
      path: `/meetings/${id}`,
      params: { id },
      as: "fundraiser",
      form: { intent: "reopen", followUpId: String(f?.id), version: String(after?.version) },
    });
    expect(reopened.status).toBe(303);
    expect(
      db()
        .select()
        .from(followUps)
        .where(eq(followUps.id, f?.id ?? 0))
        .get()?.doneOn,
    ).toBeNull();
  });

  it("refuses a manager who owns a follow-up to change someone else's (403)", async () => {
    const a = april();
    const id = String(a?.id);
    const theirs = db()
      .select()
      .from(followUps)
      .where(eq(followUps.ownerId, userId("fundraiser@overblik.test")))
      .all()
      .find((f) => f.itemId === itemOf(a?.id ?? 0, 3)?.id);
    const res = await callAction(meetingPage, {
      path: `/meetings/${id}`,
      params: { id },
      as: "managerVollsmose",
      form: { intent: "done", followUpId: String(theirs?.id), version: String(theirs?.version) },
    });
    expect(res.status).toBe(403);
  });

  it.each([
    ["a due date before the meeting", { dueOn: "2026-04-30" }, "dueOn", "meeting.error.dueBeforeMeeting"],
    ["a due date that does not parse", { dueOn: "snart" }, "dueOn", "form.date"],
    ["an unknown owner", { ownerId: "99999" }, "ownerId", "meeting.error.owner"],
    ["no text", { what: "" }, "what", "form.required"],
  ])("refuses %s with 400 naming the field", async (_label, patch, field, key) => {
    const { id, itemId } = await meetingWithItem(`Afvist opfølgning ${field}`);
    const before = rowCount(followUps);
    const res = await callAction(meetingPage, { path: `/meetings/${id}`, params: { id }, as: "admin", form: followUpForm(itemId, patch) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { [field]: [key] } });
    expect(rowCount(followUps)).toBe(before);
  });

  it("refuses an item of another meeting with 400 on the item, and a done date in the future", async () => {
    const { id } = await meetingWithItem("Fremmed opfølgning");
    const foreign = String(itemOf(april()?.id ?? 0, 3)?.id);
    const res = await callAction(meetingPage, { path: `/meetings/${id}`, params: { id }, as: "admin", form: followUpForm(foreign) });
    expect(res.status).toBe(400);
    expect(res.data).toMatchObject({ errors: { itemId: ["meeting.error.item"] } });
  });
});
