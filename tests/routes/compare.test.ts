import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import * as activities from "../../app/routes/activities._index";
import * as compare from "../../app/routes/compare";
import * as compareCsv from "../../app/routes/compare[.]csv";
import * as compareXlsx from "../../app/routes/compare[.]xlsx";
import { loadDashboardPage } from "../../app/views/dashboard-page.server";
import type { FigureTable } from "../../app/views/dashboard-tables.server";
import { callLoader, signIn, TEST_ORIGIN } from "../setup/route-harness";

/**
 * /compare (issue 13, items 12 and 13): it keeps the dashboard's plan and period, has controls of its own,
 * puts its columns in the URL's order (also in its CSV and workbook), shows money as kroner per 1,000
 * residents too, says over how many indicators an average is taken, and every figure it links to the
 * activity list counts what that list shows. Against this file's copy of the demo database.
 */
type CompareData = {
  filters: { plans: string[]; areas: string[]; from: string | null; to: string | null; per1000: boolean };
  ignored: { param: string; value: string }[];
  areas: { slug: string }[];
  statistics: { rows: { cells: Record<string, unknown> }[] };
  table: FigureTable;
  chart: FigureTable;
};

const PLAN_AND_PERIOD = "plan=vollsmose-current&from=2026-01-01&to=2026-12-31";

async function comparePage(search: string, lang: "da" | "en" = "da"): Promise<CompareData> {
  const res = await callLoader(compare, { path: `/compare?${search}`, as: "board", lang });
  expect(res.status).toBe(200);
  return res.data as CompareData;
}

const cell = (table: FigureTable, row: string, area: string) => table.rows.find((r) => r.key === row)?.cells[area];

describe("/compare keeps the plan and period", () => {
  it("counts under the plan and period in the URL, as the dashboard does for the same area", async () => {
    const page = await comparePage(`areas=vollsmose,korsloekken&${PLAN_AND_PERIOD}`);
    expect(page.filters).toMatchObject({ plans: ["vollsmose-current"], from: "2026-01-01", to: "2026-12-31" });
    // The dashboard's own figures for the same filters (its page sends only what it draws, so ask the view).
    const board = loadDashboardPage(new URL(`${TEST_ORIGIN}/dashboard?area=vollsmose&${PLAN_AND_PERIOD}`), "da");
    const figures = board.dashboard.byArea.vollsmose;
    expect(cell(page.table, "activities", "vollsmose")?.value).toBe(figures?.activities);
    expect(cell(page.table, "budget", "vollsmose")?.value).toBe(figures?.budget);
    // The plan is Vollsmose's: Korsløkken has none of its activities, while without the plan it has some.
    expect(cell(page.table, "activities", "korsloekken")?.value).toBe(0);
    const all = await comparePage("areas=vollsmose,korsloekken");
    expect(cell(all.table, "activities", "korsloekken")?.value).toBeGreaterThan(0);
    expect(cell(all.table, "activities", "vollsmose")?.value).toBeGreaterThan(figures?.activities ?? 0);
    // Every link on the page keeps them: the activity lists behind the figures.
    for (const row of page.table.rows) {
      for (const c of Object.values(row.cells)) {
        if (c.href) expect(c.href).toContain("plan=vollsmose-current&from=2026-01-01&to=2026-12-31");
      }
    }
  });

  it("answers an unknown plan, date or choice with 200, and says what it ignored", async () => {
    const page = await comparePage("areas=vollsmose,korsloekken,atlantis&plan=atlantis-2030&from=yesterday&per=ten");
    expect(page.ignored).toEqual(
      expect.arrayContaining([
        { param: "areas", value: "atlantis" },
        { param: "plan", value: "atlantis-2030" },
        { param: "from", value: "yesterday" },
        { param: "per", value: "ten" },
      ]),
    );
    expect(page.filters).toMatchObject({ areas: ["vollsmose", "korsloekken"], plans: [], from: null, per1000: false });
    expect(page.table).not.toBeNull();
  });
});

describe("/compare's columns follow the URL", () => {
  it.each([
    ["korsloekken,vollsmose", ["korsloekken", "vollsmose"]],
    ["vollsmose,ejerslykke,korsloekken", ["vollsmose", "ejerslykke", "korsloekken"]],
  ])("areas=%s on the page, the chart, the statistics", async (areas, order) => {
    const page = await comparePage(`areas=${areas}`);
    expect(page.areas.map((a) => a.slug)).toEqual(order);
    expect(page.table.columns.map((c) => c.key)).toEqual(order);
    expect(page.chart.rows.map((r) => r.key)).toEqual(order);
    expect(Object.keys(page.statistics.rows[0]?.cells ?? {})).toEqual(order);
  });

  it("in /compare.csv and /compare.xlsx", async () => {
    for (const [areas, names] of [
      ["korsloekken,vollsmose", ["Korsløkken", "Vollsmose"]],
      ["vollsmose,korsloekken", ["Vollsmose", "Korsløkken"]],
    ] as const) {
      const csv = await callLoader(compareCsv, { path: `/compare.csv?areas=${areas}`, as: "board" });
      expect(csv.text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(["Nøgletal", ...names].join(","));
      const chart = await callLoader(compareCsv, { path: `/compare.csv?areas=${areas}&chart=budget-by-focus`, as: "board" });
      const rows = chart.text.replace(/^\uFEFF/, "").split("\r\n");
      expect(rows.slice(1, 3).map((r) => r.split(",")[0])).toEqual(names);
      const request = new Request(`${TEST_ORIGIN}/compare.xlsx?areas=${areas}`, { headers: { Cookie: await signIn("board") } });
      const res = await compareXlsx.loader({ request, params: {}, context: {} as never });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
      expect(((book.worksheets[0] as ExcelJS.Worksheet).getRow(1).values as unknown[]).slice(1)).toEqual(["Nøgletal", ...names]);
    }
  });
});

describe("/compare's money and averages", () => {
  it("keeps money as kroner per 1,000 residents (whole kroner, in the CSV too); counts become rates", async () => {
    const page = await comparePage("areas=vollsmose,korsloekken&per=1000");
    for (const key of ["budget", "secured", "gap", "employment-budget"]) {
      expect(page.table.rows.find((r) => r.key === key)?.kind).toBe("money");
    }
    expect(page.table.rows.find((r) => r.key === "activities")?.kind).toBe("rate");
    expect(page.chart.columns.every((c) => c.kind === "money")).toBe(true);
    const csv = await callLoader(compareCsv, { path: "/compare.csv?areas=vollsmose,korsloekken&per=1000", as: "board" });
    const budget = csv.text.split("\r\n").find((r) => r.startsWith("Budget,"));
    expect(budget).toMatch(/^Budget,\d+,\d+$/);
  });

  it("says over how many indicators an average is taken, in the plural when more than one", async () => {
    const notes: { da: string; en: string }[] = [];
    const areas = "areas=vollsmose,korsloekken,skt-klemensparken,ejerslykke";
    const [da, en] = [await comparePage(areas), await comparePage(areas, "en")];
    for (const row of da.table.rows.filter((r) => r.key.endsWith("-progress"))) {
      for (const [slug, c] of Object.entries(row.cells)) {
        if (c.value === null) {
          expect(c.note).toBeUndefined();
          continue;
        }
        notes.push({ da: c.note ?? "", en: en.table.rows.find((r) => r.key === row.key)?.cells[slug]?.note ?? "" });
      }
    }
    // The demo has averages over one indicator and over several (and one where some have no figures yet).
    expect(notes.some((n) => n.da.startsWith("gennemsnit af 1 indikator"))).toBe(true);
    expect(notes.some((n) => /^gennemsnit af \d+ indikatorer$/.test(n.da))).toBe(true);
    expect(notes.some((n) => /^gennemsnit af \d+ indikatorer med tal, af \d+ i alt$/.test(n.da))).toBe(true);
    for (const { da: note, en: english } of notes) {
      const n = Number(/^gennemsnit af (\d+) indikator/.exec(note)?.[1]);
      expect(note).toMatch(n === 1 ? /^gennemsnit af 1 indikator( med|$)/ : new RegExp(`^gennemsnit af ${n} indikatorer`));
      expect(english).toMatch(n === 1 ? /^average of 1 indicator( with|$)/ : new RegExp(`^average of ${n} indicators`));
    }
  });
});

describe("the figures /compare links to the activity list count what the list shows", () => {
  it.each(["", `&${PLAN_AND_PERIOD}`, "&plan=bydaekkende-current", "&from=2027-01-01"])(
    "areas=vollsmose,korsloekken,solbakken-rising%s",
    async (filters) => {
      const page = await comparePage(`areas=vollsmose,korsloekken,solbakken-rising${filters}`);
      let followed = 0;
      for (const row of page.table.rows) {
        // Money links lead to the activities behind an amount (split between areas), not to a count of them.
        if (row.kind !== "count") continue;
        for (const [slug, c] of Object.entries(row.cells)) {
          if (!c.href) continue;
          const list = await callLoader(activities, { path: c.href, as: "board" });
          const { total, ignored } = list.data as { total: number; ignored: unknown[] };
          expect(ignored).toEqual([]);
          expect(total, `${row.label} in ${slug}: ${c.href}`).toBe(c.value);
          followed += 1;
        }
      }
      // The activity counts per area, active, red and amber, and per focus area and area.
      expect(followed).toBeGreaterThanOrEqual(3 * 3 + 3 * 5);
    },
  );
});
