/**
 * `npm run check:bundles` (part of `npm test`, after the build): keeps server code out of the browser.
 *
 * Reads the client build (public/build, its Remix manifest, and esbuild's metafile build/metafile.js.json)
 * and fails when
 * - a route's own chunk is over 15 KB gzipped, except the chart pages (dashboard, compare and any route whose
 *   chunks hold recharts), which carry the chart code;
 * - any client chunk holds zod: the browser gets HTML constraint attributes, zod stays on the server.
 *   Detected twice over: by the metafile, which names every source module in a chunk, and by zod's own
 *   identifiers in the minified text (`._zod`, `$ZodType`, `"ZodString"`…), which survive minification.
 * - a client chunk holds the message catalogues of both languages, or a chunk that pages load before they
 *   run (entry, root, a route and their imports) holds either: the browser fetches its page's language
 *   alone, on demand (entry.client.tsx, decision 017). Detected twice over too: by the metafile (the
 *   modules of app/i18n/messages/ and messages/en/ in a chunk), and by the catalogues' own messages in the
 *   text. Each language must be found in some chunk, so that a check that no longer recognises them fails.
 *
 * - a client chunk holds the words only the server writes (app/i18n/messages/server/, catalogues.server.ts):
 *   by the metafile (their modules), by their messages in the text, or by a key of theirs in it (a component
 *   naming a word the browser does not have, which would fail there).
 *
 * Prints a table of every route's chunk size and the JavaScript its page loads in all.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { catalogue as da } from "../app/i18n/catalogue-da";
import { catalogue as en } from "../app/i18n/catalogue-en";
import { serverCatalogues } from "../app/i18n/server-words.server";

const ROOT = path.resolve(import.meta.dirname, "..");
const PUBLIC = path.join(ROOT, "public");
const BUILD = path.join(PUBLIC, "build");
const METAFILE = path.join(ROOT, "build/metafile.js.json");
const ROUTE_CHUNK_LIMIT = 15 * 1024;
/**
 * Issue 16's budgets for all the JavaScript a page loads, gzipped, including what it loads later by
 * `import()` (a chart's drawing when it is seen): 120 KB, and 250 KB for a page that draws charts.
 */
const PAGE_BUDGET = { plain: 120 * 1024, charts: 250 * 1024 };
/** Pages whose charts may make their chunk bigger, besides any route found to import recharts. */
const CHART_PAGES = new Set(["routes/dashboard._index", "routes/compare"]);

type ManifestEntry = { module: string; imports?: string[] };
type Manifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry & { id: string }> };
type Metafile = { outputs: Record<string, { inputs: Record<string, unknown>; imports?: { path: string; kind: string }[] }> };

/** Identifiers of zod 4 (`._zod`, `$ZodString`) and zod 3 (`"ZodString"`, `ZodFirstPartyTypeKind`); property names and strings survive minification. */
const ZOD_IDENTIFIERS: [string, RegExp][] = [
  ["._zod", /\._zod\b/g],
  ["$Zod…", /\$Zod[A-Z][A-Za-z]+/g],
  ['"Zod…"', /["'`]Zod(?:String|Number|Object|Array|Error|Effects|Optional|Enum|Union)["'`]/g],
  ["ZodFirstPartyTypeKind", /ZodFirstPartyTypeKind/g],
];

function fail(message: string): never {
  console.error(`check-bundles: ${message}`);
  process.exit(1);
}

function readManifest(): Manifest {
  if (!fs.existsSync(BUILD)) fail("no public/build: run `npm run build` first.");
  const file = fs.readdirSync(BUILD).find((f) => /^manifest-[A-Z0-9]+\.js$/.test(f));
  if (!file) fail("no manifest-*.js in public/build: run `npm run build` first.");
  const text = fs.readFileSync(path.join(BUILD, file), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as Manifest;
}

const urlOf = (output: string) => `/${path.relative(PUBLIC, path.resolve(ROOT, output)).split(path.sep).join("/")}`;

/**
 * From esbuild's metafile, per client chunk (by URL, e.g. /build/routes/login-X.js): its source modules,
 * the chunks it imports, and the chunks it may load later with `import()`.
 */
function readMetafile() {
  if (!fs.existsSync(METAFILE)) return null;
  const meta = JSON.parse(fs.readFileSync(METAFILE, "utf8")) as Metafile;
  const inputs = new Map<string, string[]>();
  const imports = new Map<string, { static: string[]; dynamic: string[] }>();
  for (const [output, { inputs: sources, imports: chunks = [] }] of Object.entries(meta.outputs)) {
    inputs.set(urlOf(output), Object.keys(sources));
    const of = (kind: string) => chunks.filter((c) => c.kind === kind && c.path.endsWith(".js")).map((c) => urlOf(c.path));
    imports.set(urlOf(output), { static: of("import-statement"), dynamic: of("dynamic-import") });
  }
  return { inputs, imports };
}

const fileOf = (url: string) => path.join(PUBLIC, url);
const sizes = new Map<string, { raw: number; gzip: number; text: string }>();
function sizeOf(url: string) {
  let size = sizes.get(url);
  if (!size) {
    const buffer = fs.readFileSync(fileOf(url));
    size = { raw: buffer.length, gzip: zlib.gzipSync(buffer).length, text: buffer.toString("utf8") };
    sizes.set(url, size);
  }
  return size;
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const manifest = readManifest();
const metafile = readMetafile();
const inputs = metafile?.inputs ?? null;

/** The chunks a page may load after it runs (by `import()`), with what they import, beyond `loaded`. */
function lazyChunks(loaded: Set<string>, skip: Set<string>): Set<string> {
  const lazy = new Set<string>();
  const follow = (url: string) => {
    if (loaded.has(url) || lazy.has(url) || skip.has(url)) return;
    lazy.add(url);
    for (const next of [...(metafile?.imports.get(url)?.static ?? []), ...(metafile?.imports.get(url)?.dynamic ?? [])]) follow(next);
  };
  for (const url of loaded) for (const next of metafile?.imports.get(url)?.dynamic ?? []) follow(next);
  return lazy;
}
const moduleOf = (url: string, packageName: string) => (inputs?.get(url) ?? []).filter((i) => i.includes(`node_modules/${packageName}/`));

/** Why a chunk counts as holding zod, or null. */
function zodIn(url: string): string | null {
  const reasons: string[] = [];
  const modules = moduleOf(url, "zod");
  if (modules.length > 0) {
    const shown = modules.slice(0, 3).map((m) => m.slice(m.indexOf("node_modules/")));
    reasons.push(`the build metafile lists ${modules.length} zod module(s) in it (${shown.join(", ")}${modules.length > 3 ? ", …" : ""})`);
  }
  const text = sizeOf(url).text;
  const found = ZOD_IDENTIFIERS.map(([name, pattern]) => [name, text.match(pattern)?.length ?? 0] as const).filter(([, n]) => n > 0);
  // One identifier alone could be a word in our own text; two kinds of them are zod.
  if (found.length >= 2) reasons.push(`its text has zod's identifiers (${found.map(([name, n]) => `${name} ×${n}`).join(", ")})`);
  return reasons.length > 0 ? reasons.join("; and ") : null;
}

type Lang = "da" | "en";
const CATALOGUES: Record<Lang, Record<string, string>> = { da, en };
/** The source modules of each language's messages, as the metafile names them. */
const MESSAGE_MODULE: Record<Lang, RegExp> = { da: /^app\/i18n\/messages\/[^/]+\.tsx?$/, en: /^app\/i18n\/messages\/en\/[^/]+\.tsx?$/ };
/**
 * Messages that say a chunk holds a language's catalogue: those of one language only, written in printable
 * ASCII without quotes, backslashes or `<`, so that the minified chunk has them verbatim as "…" literals.
 */
const MARKERS: Record<Lang, string[]> = { da: markers("da", "en"), en: markers("en", "da") };
function markers(lang: Lang, other: Lang): string[] {
  return Object.entries(CATALOGUES[lang])
    .filter(([key, message]) => message !== CATALOGUES[other][key] && message.length >= 8 && /^[\x20-\x7e]+$/.test(message))
    .filter(([, message]) => !/["\\<]/.test(message))
    .map(([, message]) => `"${message}"`);
}

/** Which languages' catalogues a chunk holds, and why it counts as holding them. */
function catalogueIn(url: string): Map<Lang, string> {
  const found = new Map<Lang, string>();
  const text = sizeOf(url).text;
  for (const lang of ["da", "en"] as const) {
    const reasons: string[] = [];
    const modules = (inputs?.get(url) ?? []).filter((input) => MESSAGE_MODULE[lang].test(input));
    if (modules.length > 0)
      reasons.push(`the metafile lists ${modules.length} of its message modules (${modules.slice(0, 2).join(", ")}…)`);
    const seen = MARKERS[lang].filter((marker) => text.includes(marker)).length;
    // A route may spell a word of the catalogue itself; a quarter of the catalogue's own messages is the catalogue.
    if (seen >= MARKERS[lang].length / 4)
      reasons.push(`its text has ${seen} of ${MARKERS[lang].length} messages found only in the ${lang} catalogue`);
    if (reasons.length > 0) found.set(lang, reasons.join("; and "));
  }
  return found;
}

function holdsRecharts(url: string): boolean {
  return moduleOf(url, "recharts").length > 0 || /recharts-(?:wrapper|surface|responsive-container)/.test(sizeOf(url).text);
}

const problems: string[] = [];
const rows: { id: string; chunk: number; page: number; total: number; limit: string; verdict: string }[] = [];
const base = [manifest.entry.module, ...(manifest.entry.imports ?? [])];
const root = manifest.routes.root;

const allChunks = new Set<string>(
  [
    ...fs
      .readdirSync(BUILD, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => `/build/${f.split(path.sep).join("/")}`),
  ].sort(),
);

/** Who loads a chunk before the page runs, in words. */
function loadedBy(url: string): string {
  const owners = Object.values(manifest.routes)
    .filter((r) => r.module === url || r.imports?.includes(url))
    .map((r) => r.id);
  return base.includes(url) ? "the client entry: every page" : owners.length ? `loaded by ${owners.join(", ")}` : "a client chunk";
}

// Each language's messages, in chunks of their own that no page loads before it runs.
const catalogueChunks: Record<Lang, string[]> = { da: [], en: [] };
for (const url of allChunks) {
  const held = catalogueIn(url);
  for (const lang of held.keys()) catalogueChunks[lang].push(url);
  if (held.size > 1) {
    problems.push(
      `${path.relative(ROOT, fileOf(url))} (${loadedBy(url)}) holds the messages of both languages (${[...held].map(([lang, why]) => `${lang}: ${why}`).join("; ")}). The browser must load its page's language only: keep app/i18n/catalogue-da.ts and catalogue-en.ts apart, imported by entry.client.tsx alone (decision 017).`,
    );
  }
  const staticallyLoaded = base.includes(url) || Object.values(manifest.routes).some((r) => r.module === url || r.imports?.includes(url));
  if (held.size > 0 && staticallyLoaded) {
    problems.push(
      `${path.relative(ROOT, fileOf(url))} (${loadedBy(url)}) holds ${[...held.keys()].join(" and ")} messages, so pages load them whatever their language: import message catalogues nowhere but entry.client.tsx (decision 017).`,
    );
  }
}
/** The server's own words: their modules, their keys as literals, and their messages (as MARKERS are chosen). */
const SERVER_WORDS_MODULE = /^app\/i18n\/messages\/(?:en\/)?server\//;
const SERVER_KEYS = Object.keys(serverCatalogues.da).map((key) => `"${key}"`);
const SERVER_MARKERS = (["da", "en"] as const).flatMap((lang) =>
  Object.values(serverCatalogues[lang])
    .filter((message) => message.length >= 12 && /^[\x20-\x7e]+$/.test(message) && !/["\\<]/.test(message))
    .filter((message) => !Object.values(CATALOGUES[lang]).includes(message))
    .map((message) => `"${message}"`),
);
if (SERVER_MARKERS.length < 20)
  problems.push(`only ${SERVER_MARKERS.length} server words to look for: this check could not see them leak.`);
for (const url of allChunks) {
  const text = sizeOf(url).text;
  const reasons: string[] = [];
  const modules = (inputs?.get(url) ?? []).filter((input) => SERVER_WORDS_MODULE.test(input));
  if (modules.length > 0) reasons.push(`the metafile lists ${modules.length} server word module(s) (${modules.slice(0, 2).join(", ")})`);
  const messages = SERVER_MARKERS.filter((marker) => text.includes(marker));
  // One message could be spelled by a component itself; three are the server's words.
  if (messages.length >= 3) reasons.push(`its text has ${messages.length} of their messages (${messages.slice(0, 2).join(", ")}…)`);
  const keys = SERVER_KEYS.filter((key) => text.includes(key));
  if (keys.length > 0)
    reasons.push(`it names ${keys.length} of their keys (${keys.slice(0, 3).join(", ")}), which the browser cannot translate`);
  if (reasons.length > 0) {
    problems.push(
      `${path.relative(ROOT, fileOf(url))} (${loadedBy(url)}) holds words only the server writes: ${reasons.join("; and ")}. They stay on the server (catalogues.server.ts): translate them in a loader or action, or move a word a page shows to its page module.`,
    );
  }
}

for (const lang of ["da", "en"] as const) {
  if (catalogueChunks[lang].length === 0) {
    problems.push(
      `no client chunk holds the ${lang} messages: this check no longer recognises the catalogues (see MESSAGE_MODULE and MARKERS), so it could not see them leak either.`,
    );
  }
}
/** The JavaScript of a language's messages that a page has not loaded already. */
const catalogueBytes = (lang: Lang, loaded = new Set<string>()) =>
  catalogueChunks[lang].filter((url) => !loaded.has(url)).reduce((sum, url) => sum + sizeOf(url).gzip, 0);

for (const route of Object.values(manifest.routes).sort((a, b) => a.id.localeCompare(b.id))) {
  const own = sizeOf(route.module);
  const chunks = [route.module, ...(route.imports ?? [])];
  const isChartPage = CHART_PAGES.has(route.id) || chunks.some(holdsRecharts);
  const page = new Set([...base, ...(route.id === "root" ? [] : [root?.module ?? "", ...(root?.imports ?? [])]), ...chunks]);
  page.delete("");
  // Then entry.client.tsx fetches the page's language: the larger one counts.
  const pageBytes =
    [...page].reduce((sum, url) => sum + sizeOf(url).gzip, 0) + Math.max(catalogueBytes("da", page), catalogueBytes("en", page));
  // What it loads later (a chart's drawing when a chart is seen); the languages are counted above.
  const later = [...lazyChunks(page, new Set([...catalogueChunks.da, ...catalogueChunks.en]))];
  const drawsCharts = isChartPage || later.some(holdsRecharts);
  const total = pageBytes + later.reduce((sum, url) => sum + sizeOf(url).gzip, 0);
  const budget = drawsCharts ? PAGE_BUDGET.charts : PAGE_BUDGET.plain;
  const overLimit = route.id !== "root" && !isChartPage && own.gzip > ROUTE_CHUNK_LIMIT;
  if (overLimit) {
    problems.push(
      `${path.relative(ROOT, fileOf(route.module))} (${route.id}) is ${kb(own.gzip)} KB gzipped, over the ${kb(ROUTE_CHUNK_LIMIT)} KB limit for a route chunk: server-only code (a schema, a model, a .server import) may have leaked into it.`,
    );
  }
  const overBudget = total > budget;
  if (overBudget) {
    problems.push(
      `${route.id}'s page loads ${kb(total)} KB of JavaScript gzipped in all, over its budget of ${kb(budget)} KB (issue 16): see which of its chunks grew (node scripts or the metafile), or load what only some readers see with import().`,
    );
  }
  rows.push({
    id: route.id,
    chunk: own.gzip,
    page: pageBytes,
    total,
    limit: route.id === "root" ? "—" : isChartPage ? "charts" : kb(ROUTE_CHUNK_LIMIT),
    verdict: overLimit ? "TOO BIG" : overBudget ? "OVER BUDGET" : "ok",
  });
}

for (const url of allChunks) {
  const why = zodIn(url);
  if (why)
    problems.push(`${path.relative(ROOT, fileOf(url))} (${loadedBy(url)}) contains zod: ${why}. Keep schemas in *.server.ts modules.`);
}

const idWidth = Math.max(...rows.map((r) => r.id.length), 5);
console.log(
  `Client JavaScript, gzipped KB (route chunk limit ${kb(ROUTE_CHUNK_LIMIT)} KB; "page" = entry + root + route + shared chunks + the page's language):`,
);
console.log(`  ${"route".padEnd(idWidth)}  ${"chunk".padStart(7)}  ${"page".padStart(7)}  ${"+later".padStart(7)}  ${"limit".padStart(6)}`);
for (const r of rows) {
  console.log(
    `  ${r.id.padEnd(idWidth)}  ${kb(r.chunk).padStart(7)}  ${kb(r.page).padStart(7)}  ${kb(r.total).padStart(7)}  ${r.limit.padStart(6)}  ${r.verdict}`,
  );
}
console.log(
  `  "+later": the page and what it loads later by import() (a chart's drawing), within ${kb(PAGE_BUDGET.plain)} KB, or ${kb(PAGE_BUDGET.charts)} KB with charts.\n  The page's language: da ${kb(catalogueBytes("da"))} KB, en ${kb(catalogueBytes("en"))} KB (${(
    ["da", "en"] as const
  )
    .map((lang) => catalogueChunks[lang].join(", ") || "none")
    .join("; ")}); each page counts the larger.`,
);
if (!inputs) console.log("  (no build/metafile.js.json: zod, recharts and the catalogues found by their text only)");

if (problems.length > 0) {
  console.error(`\ncheck-bundles: ${problems.length} problem(s) in the client build:`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log(
  `\ncheck-bundles: ${allChunks.size} client chunks, no zod, no server words, one language a catalogue chunk and none loaded by every page, every route chunk within its limit and every page within its budget.`,
);
