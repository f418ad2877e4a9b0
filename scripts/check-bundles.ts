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
 *
 * Prints a table of every route's chunk size and the JavaScript its page loads in all.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const PUBLIC = path.join(ROOT, "public");
const BUILD = path.join(PUBLIC, "build");
const METAFILE = path.join(ROOT, "build/metafile.js.json");
const ROUTE_CHUNK_LIMIT = 15 * 1024;
/** Pages whose charts may make their chunk bigger, besides any route found to import recharts. */
const CHART_PAGES = new Set(["routes/dashboard._index", "routes/compare"]);

type ManifestEntry = { module: string; imports?: string[] };
type Manifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry & { id: string }> };
type Metafile = { outputs: Record<string, { inputs: Record<string, unknown> }> };

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

/** Source modules per client chunk (by URL, e.g. /build/routes/login-X.js), from esbuild's metafile. */
function readInputs(): Map<string, string[]> | null {
  if (!fs.existsSync(METAFILE)) return null;
  const meta = JSON.parse(fs.readFileSync(METAFILE, "utf8")) as Metafile;
  const inputs = new Map<string, string[]>();
  for (const [output, { inputs: sources }] of Object.entries(meta.outputs)) {
    const url = `/${path.relative(PUBLIC, path.resolve(ROOT, output)).split(path.sep).join("/")}`;
    inputs.set(url, Object.keys(sources));
  }
  return inputs;
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
const inputs = readInputs();
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

function holdsRecharts(url: string): boolean {
  return moduleOf(url, "recharts").length > 0 || /recharts-(?:wrapper|surface|responsive-container)/.test(sizeOf(url).text);
}

const problems: string[] = [];
const rows: { id: string; chunk: number; page: number; limit: string; verdict: string }[] = [];
const base = [manifest.entry.module, ...(manifest.entry.imports ?? [])];
const root = manifest.routes.root;

for (const route of Object.values(manifest.routes).sort((a, b) => a.id.localeCompare(b.id))) {
  const own = sizeOf(route.module);
  const chunks = [route.module, ...(route.imports ?? [])];
  const isChartPage = CHART_PAGES.has(route.id) || chunks.some(holdsRecharts);
  const page = new Set([...base, ...(route.id === "root" ? [] : [root?.module ?? "", ...(root?.imports ?? [])]), ...chunks]);
  page.delete("");
  const pageBytes = [...page].reduce((sum, url) => sum + sizeOf(url).gzip, 0);
  const overLimit = route.id !== "root" && !isChartPage && own.gzip > ROUTE_CHUNK_LIMIT;
  if (overLimit) {
    problems.push(
      `${path.relative(ROOT, fileOf(route.module))} (${route.id}) is ${kb(own.gzip)} KB gzipped, over the ${kb(ROUTE_CHUNK_LIMIT)} KB limit for a route chunk: server-only code (a schema, a model, a .server import) may have leaked into it.`,
    );
  }
  rows.push({
    id: route.id,
    chunk: own.gzip,
    page: pageBytes,
    limit: route.id === "root" ? "—" : isChartPage ? "charts" : kb(ROUTE_CHUNK_LIMIT),
    verdict: overLimit ? "TOO BIG" : "ok",
  });
}

const allChunks = new Set<string>(
  [
    ...fs
      .readdirSync(BUILD, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => `/build/${f.split(path.sep).join("/")}`),
  ].sort(),
);
for (const url of allChunks) {
  const why = zodIn(url);
  if (why) {
    const owners = Object.values(manifest.routes)
      .filter((r) => r.module === url || r.imports?.includes(url))
      .map((r) => r.id);
    const who = url === manifest.entry.module ? "the client entry" : owners.length ? `loaded by ${owners.join(", ")}` : "a client chunk";
    problems.push(`${path.relative(ROOT, fileOf(url))} (${who}) contains zod: ${why}. Keep schemas in *.server.ts modules.`);
  }
}

const idWidth = Math.max(...rows.map((r) => r.id.length), 5);
console.log(
  `Client JavaScript, gzipped KB (route chunk limit ${kb(ROUTE_CHUNK_LIMIT)} KB; "page" = entry + root + route + shared chunks):`,
);
console.log(`  ${"route".padEnd(idWidth)}  ${"chunk".padStart(7)}  ${"page".padStart(7)}  ${"limit".padStart(6)}`);
for (const r of rows) {
  console.log(`  ${r.id.padEnd(idWidth)}  ${kb(r.chunk).padStart(7)}  ${kb(r.page).padStart(7)}  ${r.limit.padStart(6)}  ${r.verdict}`);
}
if (!inputs) console.log("  (no build/metafile.js.json: zod and recharts found by their identifiers only)");

if (problems.length > 0) {
  console.error(`\ncheck-bundles: ${problems.length} problem(s) in the client build:`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log(`\ncheck-bundles: ${allChunks.size} client chunks, no zod, every route chunk within its limit.`);
