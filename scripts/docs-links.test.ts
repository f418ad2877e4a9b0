import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Backticked repository paths in a Markdown file (`app/…`, `db/…`, …), without line or glob suffixes. */
function pathsIn(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found = [...text.matchAll(/`((?:app|db|drizzle|scripts|tests|docs|public)\/[^`\s*]+?)`/g)].map((m) => m[1] ?? "");
  return [...new Set(found.map((p) => p.replace(/[:#].*$/, "")).filter((p) => !p.includes("<") && !p.includes("…")))];
}

const docs = [
  path.join(ROOT, "README.md"),
  ...fs.readdirSync(path.join(ROOT, "docs/decisions")).map((f) => path.join(ROOT, "docs/decisions", f)),
];

describe("documentation", () => {
  it.each(docs.map((d) => [path.relative(ROOT, d), d]))("%s names only files the repository has", (_name, file) => {
    const missing = pathsIn(file).filter((p) => !fs.existsSync(path.join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});
