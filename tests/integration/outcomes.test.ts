import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, signIn, startServer, type TestServer } from "../setup/server";

/**
 * Issue 14 as the board reads it over HTTP: every figure of area statistics with its source and year, in
 * Danish ("Kilde: …") and English ("Source: …"), on /areas/:slug and /compare; LBF's report as a page and a
 * workbook.
 */
let server: TestServer;
let cookie: string;
let english: string;

beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, DEMO_USERS.board);
  english = `${await englishCookie()}; ${cookie}`;
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr(), "the server logged errors").toBe("");
});

const get = (path: string, as = cookie) => fetch(`${server.url}${path}`, { redirect: "manual", headers: { Cookie: as } });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** The demo's figures are illustrative, and say so where a real figure's source would be. */
const DEMO_SOURCE = "Illustrativt demotal (ikke et rigtigt tal)";

describe("area statistics where the board looks", () => {
  it("/areas/:slug gives each measure's latest figure with its source and year, and the act's criterion", async () => {
    const res = await get("/areas/korsloekken");
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain("Områdestatistik");
    expect(page).toContain(`Kilde: ${DEMO_SOURCE}, 2025`);
    expect(page).toContain("Almenboligloven § 61 a, stk. 1, nr. 1");
    expect(page).toContain("59,2 %");
  });

  it("says Source: … in English, on /areas/:slug and /compare", async () => {
    const area = text(await (await get("/areas/vollsmose", english)).text());
    expect(area).toContain(`Source: ${DEMO_SOURCE}, 2025`);
    expect(area).not.toContain("Kilde:");
    const compare = text(await (await get("/compare?areas=vollsmose,korsloekken&year=2024", english)).text());
    expect(compare).toContain(`Source: ${DEMO_SOURCE}, 2024`);
    expect(compare).toContain("Source: the activities' status updates in Overblik, up to");
    expect(compare).toContain("42.5%");
    expect(compare).toContain("The criterion's threshold: 40% (Almenboligloven § 61 a, stk. 1, nr. 1).");
  });
});

describe("LBF's yearly report", () => {
  it("is a page for print and a workbook to download", async () => {
    const page = await get("/reports/lbf?plan=vollsmose-current&year=2026");
    expect(page.status).toBe(200);
    const html = text(await page.text());
    for (const focus of ["Uddannelse og livschancer", "Beskæftigelse", "Sammenhængskraft og medborgerskab", "Kriminalitetsforebyggelse"]) {
      expect(html).toContain(focus);
    }
    const book = await get("/reports/lbf.xlsx?plan=vollsmose-current&year=2026");
    expect(book.status).toBe(200);
    expect(book.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // An .xlsx is a zip file.
    expect(
      Buffer.from(await book.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it("answers an unknown plan with 404 and a year outside the plan with 400, each with its message", async () => {
    const unknown = await get("/reports/lbf?plan=no-such-plan&year=2026");
    expect(unknown.status).toBe(404);
    expect(text(await unknown.text())).toContain("Der findes ingen helhedsplan med kortnavnet „no-such-plan“.");
    const outside = await get("/reports/lbf?plan=vollsmose-current&year=2040");
    expect(outside.status).toBe(400);
    expect(text(await outside.text())).toContain("2040");
  });
});
