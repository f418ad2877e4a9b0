import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { isAnyMessageKey } from "./server-words.server";

const MODELS = path.resolve(import.meta.dirname, "../models");

/** Every `action: "entity.verb"` a model writes to the audit log, read from the source. */
function auditActions(): string[] {
  const found = new Set<string>();
  for (const file of fs.readdirSync(MODELS).filter((f) => f.endsWith(".server.ts"))) {
    const text = fs.readFileSync(path.join(MODELS, file), "utf8");
    for (const m of text.matchAll(/"([a-z-]+\.[a-z-]+)"/g)) {
      const code = m[1] ?? "";
      // Audit actions are entity.verb codes in calls near writeAudit; keep only those used as an action.
      if (new RegExp(`action:[^\\n]*"${code.replace(".", "\\.")}"`).test(text)) found.add(code);
    }
  }
  return [...found].sort();
}

describe("the audit log's words", () => {
  it("has a sentence, in both languages, for every action a model writes", () => {
    const actions = auditActions();
    expect(actions.length).toBeGreaterThan(25);
    expect(actions.filter((code) => !isAnyMessageKey(`auditAction.${code}`))).toEqual([]);
  });
});
