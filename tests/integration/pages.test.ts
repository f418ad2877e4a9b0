import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_USERS, englishCookie, signIn, startServer, type TestServer } from "../setup/server";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, DEMO_USERS.board);
  english = { headers: { Cookie: `${await englishCookie()}; ${cookie}` } };
});

afterAll(async () => {
  await server.stop();
  expect(server.stderr(), "the server logged errors").toBe("");
});

/** As the board member: these pages are read by every role. */
const get = (path: string, init?: RequestInit) =>
  fetch(`${server.url}${path}`, { redirect: "manual", ...init, headers: { Cookie: cookie, ...(init?.headers as Record<string, string>) } });
let english: RequestInit;
let cookie: string;

const VOLLSMOSE_ELEVEN = [
  "Rådgivning i forældrerollen",
  "Uddannelsesindsats",
  "Fritidsjobrådgivning",
  "Beskæftigelsesmentor",
  "Medborgerskab og frivillighed",
  "Bydelssøstre",
  "Lokal avis og lokale medier",
  "Direkte i Job",
  "Nabohjælp",
  "Tryghedsvandringer",
  "Tidlig kriminalitetsforebyggelse",
];

/** Titles of the rows of the activity table (links in row headers). */
function rowTitles(html: string): string[] {
  return [...html.matchAll(/<th scope="row"><a [^>]*href="\/activities\/\d+"[^>]*>([^<]+)<\/a><\/th>/g)].map((m) => decode(m[1] ?? ""));
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
}

describe("health", () => {
  it("answers ok", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });
});

describe("overview", () => {
  it("shows activities by status and focus area with the total budget, in Danish", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="da"');
    expect(html).toContain("Aktiviteter efter status");
    expect(html).toContain("Uddannelse og livschancer");
    expect(html).toMatch(/Samlet budget<\/dt><dd>[\d.]+\u00a0kr\.<\/dd>/);
    expect(html).toContain('href="/activities?status=active"');
  });

  it("switches to English through the language form and remembers it in a cookie", async () => {
    const res = await get("/language", {
      method: "POST",
      body: new URLSearchParams({ lang: "en", redirectTo: "/areas" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/areas");
    const langSet = res.headers.get("set-cookie") ?? "";
    expect(langSet).toMatch(/^lang=/);
    const page = await get("/", { headers: { Cookie: `${langSet.split(";")[0] ?? ""}; ${cookie}` } });
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Activities by status");
    expect(html).toContain("Education and life chances");
  });

  it("will not redirect to another site after switching language", async () => {
    const res = await get("/language", {
      method: "POST",
      body: new URLSearchParams({ lang: "en", redirectTo: "https://evil.example/" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
    });
    expect(res.headers.get("location")).toBe("/");
  });
});

describe("the messages the browser loads", () => {
  /** The catalogue chunk a page preloads (root.tsx), and that chunk's text. */
  async function preloaded(html: string) {
    const urls = [...html.matchAll(/<link rel="modulepreload" href="(\/build\/_shared\/catalogue-[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(urls).toHaveLength(1);
    const res = await fetch(`${server.url}${urls[0]}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    return { url: urls[0] ?? "", text: await res.text() };
  }

  it("is one language, the page's: a Danish page preloads the Danish catalogue alone, an English page the English", async () => {
    const danish = await preloaded(await (await get("/")).text());
    expect(danish.url).toMatch(/\/catalogue-da-\w+\.js$/);
    expect(danish.text).toContain('"nav.activities":"Aktiviteter"');
    expect(danish.text).not.toContain('"Activities"');

    const englishPage = await (await get("/", english)).text();
    expect(englishPage).toContain('<html lang="en"');
    const inEnglish = await preloaded(englishPage);
    expect(inEnglish.url).toMatch(/\/catalogue-en-\w+\.js$/);
    expect(inEnglish.text).toContain('"nav.activities":"Activities"');
    expect(inEnglish.text).not.toContain('"Aktiviteter"');
  });

  it("is preloaded on the sign-in page and on an error page too", async () => {
    const login = await fetch(`${server.url}/login`);
    expect((await preloaded(await login.text())).url).toMatch(/\/catalogue-da-/);
    const missing = await get("/activities/999999");
    expect(missing.status).toBe(404);
    expect((await preloaded(await missing.text())).url).toMatch(/\/catalogue-da-/);
  });
});

describe("/activities", () => {
  it("lists the eleven Vollsmose activities, the brobyggerindsats, KVINFO and the street teams", async () => {
    const html = await (await get("/activities")).text();
    const titles = rowTitles(html);
    for (const title of [...VOLLSMOSE_ELEVEN, "Brobyggerindsats", "KVINFO Mentornetværk", "Gadeplansteams under COVID-19"]) {
      expect(titles).toContain(title);
    }
    // Other areas' activities are there too.
    expect(html).toContain("Korsløkken");
    expect(titles.length).toBeGreaterThan(14);
  });

  it("filters by area and focus area together", async () => {
    const html = await (await get("/activities?area=vollsmose&focus=crime")).text();
    const titles = rowTitles(html);
    expect(titles).toEqual(
      expect.arrayContaining(["Direkte i Job", "Nabohjælp", "Tryghedsvandringer", "Tidlig kriminalitetsforebyggelse"]),
    );
    expect(titles).not.toContain("Bydelssøstre");
    for (const title of titles)
      expect([
        "Direkte i Job",
        "Nabohjælp",
        "Tryghedsvandringer",
        "Tidlig kriminalitetsforebyggelse",
        "Gadeplansteams under COVID-19",
      ]).toContain(title);
  });

  it("accepts a repeated filter as an OR within that filter", async () => {
    const one = rowTitles(await (await get("/activities?area=vollsmose")).text());
    const other = rowTitles(await (await get("/activities?area=korsloekken")).text());
    const both = rowTitles(await (await get("/activities?area=vollsmose&area=korsloekken")).text());
    expect(new Set(both)).toEqual(new Set([...one, ...other]));
  });

  it("filters by status and by funding state", async () => {
    const ideas = rowTitles(await (await get("/activities?status=idea")).text());
    expect(ideas).toContain("Brobyggerindsats");
    expect(ideas).not.toContain("Bydelssøstre");
    const unfunded = rowTitles(await (await get("/activities?funding=unfunded")).text());
    expect(unfunded).toContain("Brobyggerindsats");
  });

  it("searches free text, case-insensitively and with Danish letters", async () => {
    const titles = rowTitles(await (await get(`/activities?q=${encodeURIComponent("BYDELSSØSTRE")}`)).text());
    expect(titles).toEqual(["Bydelssøstre"]);
    const combined = rowTitles(await (await get("/activities?q=mentor&area=vollsmose")).text());
    expect(combined).toContain("Beskæftigelsesmentor");
    expect(combined).toContain("KVINFO Mentornetværk");
  });

  it("gives each page its own title in the user's language", async () => {
    expect(await (await get("/activities")).text()).toContain("<title>Aktiviteter – Overblik</title>");
    expect(await (await get("/areas/vollsmose", english)).text()).toContain("<title>Vollsmose – Overblik</title>");
    expect(await (await get("/", english)).text()).toContain("<title>The portfolio – Overblik</title>");
  });

  it("says so when nothing matches", async () => {
    const html = await (await get("/activities?q=zzzz-findes-ikke")).text();
    expect(html).toContain("Ingen aktiviteter passer til filtrene.");
    expect(rowTitles(html)).toEqual([]);
  });

  it("answers 200 and names what it ignored for unknown filter values", async () => {
    const res = await get("/activities?area=atlantis&status=active&focus=nope");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Nogle filterværdier kendes ikke og er ignoreret");
    expect(html).toContain("area = \u201eatlantis\u201c");
    expect(html).toContain("focus = \u201enope\u201c");
    expect(rowTitles(html)).toContain("Bydelssøstre");
  });

  it("shows hostile search text escaped and answers normally", async () => {
    const hostile = `<script>alert("x")</script>' OR 1=1; DROP TABLE activities; --`;
    const res = await get(`/activities?q=${encodeURIComponent(hostile)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).toContain("&lt;script&gt;");
    // The table is still there afterwards.
    expect(rowTitles(await (await get("/activities")).text()).length).toBeGreaterThan(14);
  });

  it("copes with a huge query string and odd unicode", async () => {
    const res = await get(`/activities?q=${encodeURIComponent("ø\u0301\u200b💥".repeat(200))}&area=${"x".repeat(3000)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Ingen aktiviteter passer til filtrene.");
  });

  it("is in English when asked, with no Danish UI text", async () => {
    const html = await (await get("/activities?area=vollsmose", english)).text();
    expect(html).toContain("Show activities");
    expect(html).toContain("Download as CSV");
    for (const danish of [
      "Aktiviteter",
      "Boligområde",
      "Vis aktiviteter",
      "Hent som CSV",
      "Vurdering",
      "Finansiering",
      "Fuldt finansieret",
      "Aktiv<",
    ]) {
      expect(html.replace(/<script[\s\S]*?<\/script>/g, "")).not.toContain(danish);
    }
  });
});

describe("/activities/:id", () => {
  it("shows every field and the areas of an activity", async () => {
    const list = await (await get("/activities?q=Bydelss%C3%B8stre")).text();
    const id = list.match(/href="\/activities\/(\d+)"/)?.[1];
    expect(id).toBeDefined();
    const html = await (await get(`/activities/${id}`)).text();
    expect(html).toContain("<h1>Bydelssøstre</h1>");
    for (const label of ["Formål", "Målgruppe", "Indhold", "Samarbejdspartnere", "Ansvarlig", "Periode", "Budget", "Helhedsplan"]) {
      expect(html).toContain(label);
    }
    expect(html).toContain('href="/areas/vollsmose"');
    expect(html).toContain("Sammenhængskraft og medborgerskab");
  });

  // Which ids are a 404 (abc, 0, -1, 1e3, too many digits): tests/routes/not-found.test.ts.
  it("answers 404 for an unknown activity with the friendly page", async () => {
    const res = await get("/activities/999999");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Siden findes ikke");
  });
});

describe("/areas", () => {
  it("lists the areas with residents, and a dash where residents are unknown", async () => {
    const html = await (await get("/areas")).text();
    for (const slug of ["vollsmose", "solbakken-rising", "korsloekken", "skt-klemensparken", "ejerslykke"]) {
      expect(html).toContain(`href="/areas/${slug}"`);
    }
    expect(html).toContain("8.620");
    expect(html).toMatch(/<td class="num">—<\/td>/);
  });

  it("shows an area's activities by focus area", async () => {
    const html = await (await get("/areas/vollsmose")).text();
    expect(html).toContain("<h1>Vollsmose</h1>");
    expect(html).toContain("Beskæftigelse");
    expect(html).toContain("Fritidsjobrådgivning");
    expect(html).toContain('href="/activities?area=vollsmose&amp;focus=employment"');
  });

  // An unknown area is a 404: tests/routes/not-found.test.ts.
});

describe("errors", () => {
  it("answers 404 with a friendly page in the user's language for unknown paths", async () => {
    const da = await get("/findes/ikke");
    expect(da.status).toBe(404);
    expect(await da.text()).toContain("Siden findes ikke");
    const en = await get("/no/such/page", english);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Page not found");
  });
});

describe("static files", () => {
  it("serves the favicon and the design system stylesheet", async () => {
    expect((await get("/favicon.svg")).status).toBe(200);
    const css = await get("/dkfds/css/dkfds.min.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("cache-control")).toContain("max-age");
  });

  it("sends security headers", async () => {
    const res = await get("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
  });
});
