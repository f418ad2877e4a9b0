import { describe, expect, it } from "vitest";

import * as oldSourcesPage from "../../app/routes/admin.funding-sources";
import * as fundingPage from "../../app/routes/funding._index";
import * as sourcesPage from "../../app/routes/funding.sources";
import { getDb } from "../../db/client.server";
import { callAction, callLoader, type Who } from "../setup/route-harness";

/**
 * Funding sources (`/funding/sources`): fundraisers and administrators create them and change their name and
 * kind (version-checked); whether one counts as local co-financing stays an administrator's choice.
 */
const sql = () => getDb().$client;

type SourceRow = { id: number; name: string; kind: string; counts_as_local: number; version: number };
const source = (id: number) => sql().prepare("select * from funding_sources where id = ?").get(id) as SourceRow | undefined;
const byName = (name: string) => sql().prepare("select * from funding_sources where name = ?").get(name) as SourceRow | undefined;
const sourceCount = () => sql().prepare<[], { n: number }>("select count(*) n from funding_sources").get()?.n;
const audits = (id: number) =>
  sql()
    .prepare("select action, user_id, before, after from audit_log where entity = 'funding_source' and entity_id = ? order by id")
    .all(String(id)) as {
    action: string;
    before: string | null;
    after: string | null;
  }[];

const post = (as: Who, form: Record<string, string>, path = "/funding/sources") =>
  callAction(path === "/funding/sources" ? sourcesPage : oldSourcesPage, { path, as, form, thenLoader: false });

let counter = 0;
function newSource(countsAsLocal = false): SourceRow {
  counter += 1;
  const { lastInsertRowid } = sql()
    .prepare("insert into funding_sources (name, kind, counts_as_local) values (?, 'foundation', ?)")
    .run(`Testfond ${counter}`, countsAsLocal ? 1 : 0);
  return source(Number(lastInsertRowid)) as SourceRow;
}
const edit = (row: SourceRow, patch: Record<string, string> = {}) => ({
  id: String(row.id),
  version: String(row.version),
  name: row.name,
  kind: row.kind,
  ...patch,
});

describe("creating a funding source", () => {
  it.each(["fundraiser", "admin"] as const)("is for %s: created, audited, and said so by name", async (who) => {
    const name = `Ny fond (${who})`;
    const res = await post(who, { name, kind: "foundation" });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/funding/sources?${new URLSearchParams({ saved: "sourceCreated", name })}`);
    const row = byName(name);
    expect(row).toMatchObject({ kind: "foundation", counts_as_local: 0, version: 1 });
    expect(audits(row?.id ?? 0).map((a) => a.action)).toEqual(["funding-source.create"]);
  });

  it("lets an administrator make a new source count as local co-financing", async () => {
    expect((await post("admin", { name: "Lokal boligforening", kind: "housing", countsAsLocal: "on" })).status).toBe(303);
    expect(byName("Lokal boligforening")?.counts_as_local).toBe(1);
  });

  it("refuses countsAsLocal from a fundraiser with 403, whatever else is sent, and creates nothing", async () => {
    const before = sourceCount();
    for (const form of [
      { name: "Fondens lokale del", kind: "foundation", countsAsLocal: "on" },
      { name: "Fondens lokale del", kind: "foundation", countsAsLocal: "" },
      { name: "", kind: "bank", countsAsLocal: "on" },
    ]) {
      expect((await post("fundraiser", form)).status).toBe(403);
    }
    expect(sourceCount()).toBe(before);
  });

  it.each([
    [{ name: "", kind: "foundation" }, "name", "form.required"],
    [{ name: "x".repeat(121), kind: "foundation" }, "name", "form.tooLong"],
    [{ name: "Banken", kind: "bank" }, "kind", "sources.error.kind"],
  ])("refuses %o with 400 beside %s, and creates nothing", async (form, field, message) => {
    const before = sourceCount();
    const res = await post("fundraiser", form);
    expect(res.status).toBe(400);
    expect((res.data as { errors: Record<string, string[]> }).errors[field]).toContain(message);
    expect((res.data as { values: Record<string, string> }).values).toMatchObject(form);
    expect(sourceCount()).toBe(before);
  });

  it("refuses a name that is taken (in any case) with 409 beside the name", async () => {
    const before = sourceCount();
    const res = await post("fundraiser", { name: "odense KOMMUNE", kind: "municipality" });
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ errors: { name: ["sources.error.duplicate"] } });
    expect(sourceCount()).toBe(before);
  });
});

describe("changing a funding source", () => {
  it("lets a fundraiser rename one and change its kind, keeping whether it counts as local", async () => {
    const row = newSource(true);
    const res = await post("fundraiser", edit(row, { name: "Omdøbt fond", kind: "other" }));
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/funding/sources?saved=source`);
    expect(source(row.id)).toMatchObject({ name: "Omdøbt fond", kind: "other", counts_as_local: 1, version: row.version + 1 });
    const [audit] = audits(row.id);
    expect(audit?.action).toBe("funding-source.update");
    expect(JSON.parse(audit?.before ?? "")).toMatchObject({ name: row.name, version: row.version });
    expect(JSON.parse(audit?.after ?? "")).toMatchObject({ name: "Omdøbt fond", version: row.version + 1 });
  });

  it("lets an administrator decide whether it counts as local (an unticked box is no)", async () => {
    const row = newSource(false);
    expect((await post("admin", edit(row, { countsAsLocal: "on" }))).status).toBe(303);
    expect(source(row.id)?.counts_as_local).toBe(1);
    expect((await post("admin", edit({ ...row, version: row.version + 1 }))).status).toBe(303);
    expect(source(row.id)?.counts_as_local).toBe(0);
  });

  it("refuses countsAsLocal from a fundraiser with 403, and changes nothing", async () => {
    const row = newSource(false);
    expect((await post("fundraiser", edit(row, { countsAsLocal: "on" }))).status).toBe(403);
    expect(source(row.id)).toEqual(row);
    expect(audits(row.id)).toEqual([]);
  });

  it("answers 409 when someone changed it meanwhile, with what is stored now; nothing saved", async () => {
    const row = newSource();
    expect((await post("admin", edit(row, { name: "Først" }))).status).toBe(303);
    const res = await post("fundraiser", edit(row, { name: "Sidst" }));
    expect(res.status).toBe(409);
    expect(res.data).toMatchObject({ values: { name: "Sidst" }, current: { id: row.id, name: "Først", version: row.version + 1 } });
    expect(source(row.id)).toMatchObject({ name: "Først", version: row.version + 1 });
  });

  it("refuses an edit without its version (400), and answers 404 for an unknown source", async () => {
    const row = newSource();
    const noVersion = await post("fundraiser", { id: String(row.id), name: "Uden version", kind: "foundation" });
    expect(noVersion.status).toBe(400);
    expect(noVersion.data).toMatchObject({ errors: { version: ["form.version"] } });
    expect((await post("fundraiser", { id: "999999", version: "1", name: "Ingen", kind: "foundation" })).status).toBe(404);
    expect(source(row.id)).toEqual(row);
  });
});

describe("who may see and use the page", () => {
  it.each(["managerVollsmose", "managerKorsloekken", "board"] as const)("refuses %s with 403, and changes nothing", async (who) => {
    const row = newSource();
    const before = sourceCount();
    expect((await callLoader(sourcesPage, { path: "/funding/sources", as: who })).status).toBe(403);
    expect((await post(who, { name: "Managerens fond", kind: "foundation" })).status).toBe(403);
    expect((await post(who, edit(row, { name: "x" }))).status).toBe(403);
    expect(sourceCount()).toBe(before);
    expect(source(row.id)).toEqual(row);
  });

  it("shows the checkbox for local co-financing to administrators only", async () => {
    const forFundraiser = await callLoader(sourcesPage, { path: "/funding/sources", as: "fundraiser" });
    expect(forFundraiser.data).toMatchObject({ mayChooseLocal: false });
    const forAdmin = await callLoader(sourcesPage, { path: "/funding/sources", as: "admin" });
    expect(forAdmin.data).toMatchObject({ mayChooseLocal: true });
    expect((forAdmin.data as { sources: { version: number }[] }).sources[0]?.version).toBeGreaterThanOrEqual(1);
  });

  it("is linked from /funding for those who may use it", async () => {
    for (const [who, may] of [
      ["fundraiser", true],
      ["admin", true],
      ["board", false],
      ["managerVollsmose", false],
    ] as const) {
      const res = await callLoader(fundingPage, { path: "/funding", as: who });
      expect(res.data, who).toMatchObject({ canEditSources: may });
    }
  });
});

describe("the old address /admin/funding-sources", () => {
  it("sends a bookmark on to /funding/sources", async () => {
    const res = await callLoader(oldSourcesPage, { path: "/admin/funding-sources?saved=source", as: "admin" });
    expect(res.status).toBe(301);
    expect(res.location).toBe("/funding/sources?saved=source");
  });

  it("still takes a form posted from a page opened before the move, with the same rules", async () => {
    const created = await post("admin", { name: "Fra den gamle side", kind: "foundation" }, "/admin/funding-sources");
    expect(created.status).toBe(303);
    expect(byName("Fra den gamle side")).toBeDefined();
    expect((await post("fundraiser", { name: "Lokal", kind: "other", countsAsLocal: "on" }, "/admin/funding-sources")).status).toBe(403);
    expect((await post("board", { name: "Bestyrelsens", kind: "other" }, "/admin/funding-sources")).status).toBe(403);
  });
});
