import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { catalogueChunkUrls } from "./catalogue-chunks.server";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "overblik-chunks-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("catalogueChunkUrls", () => {
  it("finds each language's chunk in esbuild's metafile by its source, as a URL under /build", () => {
    fs.mkdirSync(path.join(tmp, "build"));
    const outputs = {
      "public/build/entry.client-AAAA.js": { entryPoint: "app/entry.client.tsx" },
      "public/build/_shared/chunk-BBBB.js": {},
      "public/build/_shared/catalogue-da-CCCC.js": { entryPoint: "app/i18n/catalogue-da.ts" },
      "public/build/_shared/catalogue-en-DDDD.js": { entryPoint: "app/i18n/catalogue-en.ts" },
      "public/build/_shared/catalogue-en-DDDD.js.map": { entryPoint: "app/i18n/catalogue-en.ts" },
    };
    fs.writeFileSync(path.join(tmp, "build/metafile.js.json"), JSON.stringify({ inputs: {}, outputs }));
    expect(catalogueChunkUrls(tmp)).toEqual({
      da: "/build/_shared/catalogue-da-CCCC.js",
      en: "/build/_shared/catalogue-en-DDDD.js",
    });
  });

  it("has nothing to preload without a build", () => {
    expect(catalogueChunkUrls(path.join(tmp, "nowhere"))).toEqual({});
  });
});
