import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, request, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;
let db: Database.Database;
let board: string;
let boardEn: string;

beforeAll(async () => {
  server = await startServer();
  db = new Database(server.dbFile, { readonly: true });
  board = await signIn(server, DEMO_USERS.board);
  boardEn = `${board}; ${await englishCookie()}`;
});

afterAll(async () => {
  db.close();
  await server.stop();
  expect(server.stderr()).toBe("");
});

const page = async (path: string, cookie = board) => {
  const res = await request(server, path, { cookie });
  expect(res.status, path).toBe(200);
  return res.text();
};
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const kr = (n: number) => `${new Intl.NumberFormat("da-DK").format(n)}\u00a0kr.`;

describe("/dashboard", () => {
  it("shows the demo portfolio's key figures, from the database, in Danish", async () => {
    const html = await page("/dashboard");
    const active = one<{ n: number }>("select count(*) n from activities where status = 'active'").n;
    const budget = one<{ n: number }>("select sum(budget) n from activities").n;
    const secured = one<{ n: number }>("select sum(amount) n from funding_lines where stage in ('granted','paid')").n;
    expect(html).toContain("<h1>Strategisk overblik</h1>");
    expect(html).toMatch(new RegExp(`Aktive aktiviteter</dt><dd><a [^>]*>${active}</a>`));
    expect(html).toContain(`<dd>${kr(budget)}</dd>`);
    expect(html).toContain(`<dd>${kr(secured)}</dd>`);
    // Focus areas by their full names, and the Vollsmose × employment cell links to its activities.
    for (const name of ["Uddannelse og livschancer", "Beskæftigelse", "Sammenhængskraft og medborgerskab", "Kriminalitetsforebyggelse"]) {
      expect(html).toContain(name);
    }
    const employmentInVollsmose = one<{ n: number }>(
      `select count(*) n from activities a join focus_areas f on f.id = a.focus_area_id join activity_areas aa on aa.activity_id = a.id
       join areas ar on ar.id = aa.area_id where f.code = 'employment' and ar.slug = 'vollsmose'`,
    ).n;
    expect(html).toContain(`href="/activities?area=vollsmose&amp;focus=employment">${employmentInVollsmose} aktiviteter</a>`);
    expect(html).toContain("Under 25 % lokal medfinansiering");
  });

  it("is in English for an English user, with no Danish UI text", async () => {
    const html = (await page("/dashboard", boardEn)).replace(/<script[\s\S]*?<\/script>/g, "");
    expect(html).toContain("<h1>Strategy overview</h1>");
    expect(html).toContain("Education and life chances");
    expect(html).toContain("Key figures by focus area");
    for (const danish of ["Nøgletal", "Andel grønne", "Vis tallene", "Budget pr. indsatsområde", "Sammenlign"])
      expect(html).not.toContain(danish);
  });

  it("reads each cell's health mix with the noun agreeing with its count (1 grøn, 2 grønne)", async () => {
    const html = await page("/dashboard");
    const labels = [...html.matchAll(/<span class="matrix-line health-mix small" role="img" aria-label="([^"]+)">/g)].map(
      (m) => m[1] ?? "",
    );
    expect(labels.length).toBeGreaterThan(10);
    const forms = { grøn: "grønne", gul: "gule", rød: "røde" } as const;
    for (const label of labels) {
      const parts = label.split(", ");
      expect(parts, label).toHaveLength(3);
      parts.forEach((part, i) => {
        const [count, word] = part.split(" ");
        const singular = Object.keys(forms)[i] as keyof typeof forms;
        expect(word, label).toBe(count === "1" ? singular : forms[singular]);
      });
    }
    // The demo has cells with exactly one activity of a colour, so the singular is really shown.
    expect(labels.some((l) => /(^|, )1 (grøn|gul|rød)(,|$)/.test(l))).toBe(true);
  });

  it("has every chart's figures in the server HTML as a table, with a CSV link", async () => {
    const html = await page("/dashboard");
    // Issue 14 adds the outcomes: the shared indicators per area and a measure's trend for the same areas.
    const charts = ["budget-by-focus", "secured-gap", "health-mix", "green-by-quarter", "indicators", "shared-outcomes", "measure-trend"];
    for (const chart of charts) {
      expect(html).toContain(`/dashboard.csv?chart=${chart}`);
    }
    expect(html.match(/class="table table--compact figure-table"/g)?.length).toBe(charts.length);
    // Recharts draws after hydration only: the server sends no SVG chart.
    expect(html).not.toContain("recharts-surface");
  });

  it("turns counts and money into rates per 1,000 residents, with a dash for an area without residents", async () => {
    const vollsmose = one<{ residents: number }>("select residents from areas where slug = 'vollsmose'").residents;
    const html = await page("/dashboard?per=1000");
    const employment = one<{ n: number }>(
      `select count(*) n from activities a join focus_areas f on f.id = a.focus_area_id join activity_areas aa on aa.activity_id = a.id
       join areas ar on ar.id = aa.area_id where f.code = 'employment' and ar.slug = 'vollsmose'`,
    ).n;
    const rate = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }).format((employment * 1000) / vollsmose);
    expect(html).toContain(`Aktiviteter pr. 1.000: ${rate}`);
    expect(html).toContain("Pr. 1.000 beboere. Et område uden kendt beboertal vises med —.");
  });

  it("filters by area and plan, and names unknown filter values", async () => {
    const res = await request(server, "/dashboard?area=vollsmose&plan=vollsmose-current&area=atlantis&per=ten", { cookie: board });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("area = \u201eatlantis\u201c");
    expect(html).toContain("per = \u201eten\u201c");
    const active = one<{ n: number }>(
      `select count(*) n from activities a join plans p on p.id = a.plan_id where p.slug = 'vollsmose-current' and a.status = 'active'`,
    ).n;
    expect(html).toMatch(new RegExp(`Aktive aktiviteter</dt><dd><a [^>]*>${active}</a>`));
  });

  it("serves each chart's figures as CSV, the same numbers as the table", async () => {
    const res = await request(server, "/dashboard.csv?chart=secured-gap", { cookie: board });
    expect(res.status).toBe(200);
    const rows = parse((await res.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const total = rows.reduce((n, r) => n + Number(r.Mangler), 0);
    const gap = one<{ n: number }>(
      `select sum(max(a.budget - coalesce((select sum(amount) from funding_lines f where f.activity_id = a.id and f.stage in ('granted','paid')), 0), 0)) n from activities a`,
    ).n;
    expect(total).toBe(gap);
    // An unknown chart is a 404: tests/routes/not-found.test.ts.
  });
});

describe("/compare", () => {
  it("puts the chosen areas side by side, per 1,000 residents when asked", async () => {
    const html = await page("/compare?areas=vollsmose,korsloekken&per=1000");
    expect(html).toContain("Sammenlign boligområder pr. 1.000 beboere");
    const head = html.slice(html.indexOf("<thead>", html.indexOf("figure-table")), html.indexOf("</thead>", html.indexOf("figure-table")));
    expect(head).toContain("Vollsmose");
    expect(head).toContain("Korsløkken");
    expect(head).not.toContain("Ejerslykke");
    expect(html).toContain("Beskæftigelse: aktiviteter");
    const csv = await request(server, "/compare.csv?areas=vollsmose,korsloekken&per=1000", { cookie: board });
    const rows = parse((await csv.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const residents = rows.find((r) => r.Nøgletal === "Beboere");
    expect(Number(residents?.Vollsmose)).toBe(one<{ residents: number }>("select residents from areas where slug = 'vollsmose'").residents);
    const employment = rows.find((r) => r.Nøgletal === "Beskæftigelse: aktiviteter");
    expect(Number(employment?.Vollsmose)).toBeGreaterThan(0);
  });

  it("is reached from /dashboard under its plan and period, which it shows in controls of its own", async () => {
    const dashboard = await page("/dashboard?plan=vollsmose-current&from=2026-01-01&to=2026-12-31&per=1000");
    const href = "/compare?areas=vollsmose,korsloekken&amp;plan=vollsmose-current&amp;from=2026-01-01&amp;to=2026-12-31&amp;per=1000";
    expect(dashboard).toContain(`href="${href}"`);
    const html = await page(href.replaceAll("&amp;", "&"));
    // A GET form with labelled controls: the plan as a checked checkbox, the period as dates.
    expect(html).toMatch(/<input[^>]*id="f-plan-vollsmose-current"[^>]*checked=""/);
    expect(html).toContain('<label for="f-plan-vollsmose-current">');
    expect(html).toMatch(/<label class="form-label" for="c-from">Fra<\/label><input[^>]*name="from"[^>]*value="2026-01-01"/);
    expect(html).toMatch(/<label class="form-label" for="c-to">Til<\/label><input[^>]*name="to"[^>]*value="2026-12-31"/);
    expect(html).not.toContain('type="hidden" name="plan"');
  });

  it("shows money as whole kroner with kr., per 1,000 residents too, and the averages' indicator counts", async () => {
    const html = await page("/compare?areas=korsloekken,vollsmose&per=1000");
    const table = html.slice(html.indexOf('aria-labelledby="compare-table"'));
    const head = table.slice(table.indexOf("<thead>"), table.indexOf("</thead>"));
    expect(head.indexOf("Korsløkken")).toBeLessThan(head.indexOf("Vollsmose"));
    const budget = /<th scope="row">Budget<\/th>(.*?)<\/tr>/.exec(table)?.[1] ?? "";
    const cells = [...budget.matchAll(/<td class="num">(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(2);
    for (const cell of cells) expect(cell).toMatch(/^\d{1,3}(\.\d{3})*\u00a0kr\.$/);
    expect(html).not.toContain("kr..");
    expect(html).toMatch(/gennemsnit af 1 indikator</);
    expect(html).toMatch(/gennemsnit af \d+ indikatorer</);
  });

  it("asks for two areas when given fewer", async () => {
    expect(await page("/compare?areas=vollsmose")).toContain("Vælg mindst to boligområder at sammenligne.");
  });
});

describe("/board-pack", () => {
  it("is laid out for print: no navigation, red and amber activities with reasons, unfunded ones, warnings, changes", async () => {
    const html = await page("/board-pack?date=2026-06-15&since=2026-01-01");
    expect(html).not.toContain('aria-label="Hovedmenu"');
    expect(html).toContain("<h1>Bestyrelsespakke</h1>");
    const red = one<{ title: string; health_reason: string }>(
      "select title, health_reason from activities where health = 'red' and status not in ('completed','stopped') limit 1",
    );
    expect(html).toContain(red.title);
    expect(html).toContain(red.health_reason);
    expect(html).toContain("Brobyggerindsats");
    expect(html).toContain("Under 25 % lokal medfinansiering");
    expect(html).toContain("Ændringer i perioden");
    expect(html).toContain("Ændringer i perioden 1. jan. 2026 – 15. jun. 2026");
  });

  it('sums up each focus area in sentences that agree with their counts and never end in "kr.."', async () => {
    const html = await page("/board-pack?date=2026-06-15&since=2026-01-01");
    const summaries = [...html.matchAll(/<section class="pack-section pack-focus"[^>]*><h2[^>]*>[^<]*<\/h2><p>([^<]+)<\/p>/g)].map(
      (m) => m[1] ?? "",
    );
    expect(summaries).toHaveLength(one<{ n: number }>("select count(*) n from focus_areas").n);
    for (const summary of summaries) {
      expect(summary).toMatch(
        /^(1 aktiv aktivitet|\d+ aktive aktiviteter), andel grønne: (\d+\u00a0%|—)\. (Af budgettet på [\d.]+\u00a0kr\. er [\d.]+\u00a0kr\. endnu ikke finansieret|Budgettet på [\d.]+\u00a0kr\. er fuldt finansieret)\.$/,
      );
      expect(summary).not.toMatch(/^1 aktive/);
    }
    expect(html).not.toMatch(/kr\.\./);
  });
});

describe("/areas/:slug", () => {
  it("shows the area's key figures", async () => {
    const html = await page("/areas/vollsmose");
    expect(html).toContain("Nøgletal");
    expect(html).toContain("Budget pr. 1.000 beboere");
  });
});
