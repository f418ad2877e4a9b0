/**
 * `npm run count:assertions`: the number of `expect(` calls written in the test sources, per layer. A
 * static count, beside the runtime count vitest prints after a run (tests/setup/assertion-reporter.ts):
 * the browser tests have no runtime count, and a loop of assertions counts once here.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

const LAYERS: { name: string; roots: string[]; files: RegExp }[] = [
  { name: "unit", roots: ["app", "db", "scripts"], files: /\.test\.tsx?$/ },
  { name: "routes", roots: ["tests/routes"], files: /\.tsx?$/ },
  { name: "integration", roots: ["tests/integration"], files: /\.tsx?$/ },
  { name: "e2e", roots: ["tests/e2e"], files: /\.tsx?$/ },
];

function* walk(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

let total = 0;
console.log("expect( calls in the test sources:");
for (const layer of LAYERS) {
  let count = 0;
  let files = 0;
  for (const root of layer.roots) {
    for (const file of walk(path.join(ROOT, root))) {
      if (!layer.files.test(file)) continue;
      files += 1;
      count += fs.readFileSync(file, "utf8").split("expect(").length - 1;
    }
  }
  total += count;
  console.log(`  ${layer.name.padEnd(12)} ${String(count).padStart(5)}  in ${files} files (${layer.roots.join(", ")})`);
}
console.log(`  ${"all".padEnd(12)} ${String(total).padStart(5)}`);
