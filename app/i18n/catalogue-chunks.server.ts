import fs from "node:fs";
import path from "node:path";

import { type Lang } from "./i18n";

/** The source of each language's catalogue: entry.client.tsx imports these, and esbuild makes each a chunk. */
const CATALOGUE_SOURCES: Record<Lang, string> = { da: "app/i18n/catalogue-da.ts", en: "app/i18n/catalogue-en.ts" };

type Metafile = { outputs: Record<string, { entryPoint?: string }> };

/**
 * The URL of each language's catalogue chunk in the client build, from esbuild's metafile
 * (build/metafile.js.json, written by `remix build` beside the server build). root.tsx links the page's
 * one as a modulepreload, so the browser fetches it with the page's scripts rather than after
 * entry.client.tsx has run and asked for it. Without a build (route tests) there is nothing to preload.
 */
export function catalogueChunkUrls(projectDir: string): Partial<Record<Lang, string>> {
  const metafile = path.join(projectDir, "build/metafile.js.json");
  if (!fs.existsSync(metafile)) return {};
  const { outputs } = JSON.parse(fs.readFileSync(metafile, "utf8")) as Metafile;
  const publicDir = path.join(projectDir, "public");
  const urls: Partial<Record<Lang, string>> = {};
  for (const [output, { entryPoint }] of Object.entries(outputs)) {
    const lang = (Object.keys(CATALOGUE_SOURCES) as Lang[]).find((l) => CATALOGUE_SOURCES[l] === entryPoint);
    if (lang && output.endsWith(".js"))
      urls[lang] = `/${path.relative(publicDir, path.resolve(projectDir, output)).split(path.sep).join("/")}`;
  }
  return urls;
}
