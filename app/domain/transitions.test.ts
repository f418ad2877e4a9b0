import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { ACTIVITY_STATUSES } from "./constants";
import { checkTransition, FINAL_STATUSES, nextStatuses } from "./transitions";

const status = fc.constantFrom(...ACTIVITY_STATUSES);

describe("status transitions", () => {
  it("allows the usual lifecycle", () => {
    const path = ["idea", "planned", "active", "paused", "active", "completed"] as const;
    for (let i = 1; i < path.length; i++) {
      expect(checkTransition(path[i - 1]!, path[i]!, { mayReopen: false }).ok).toBe(true);
    }
  });

  it("refuses jumps that skip sense", () => {
    expect(checkTransition("active", "idea", { mayReopen: false })).toEqual({ ok: false, reason: "not-allowed" });
    expect(checkTransition("idea", "completed", { mayReopen: false })).toEqual({ ok: false, reason: "not-allowed" });
    expect(checkTransition("paused", "planned", { mayReopen: false }).ok).toBe(false);
  });

  it("keeps completed and stopped final unless an admin reopens", () => {
    expect(checkTransition("completed", "active", { mayReopen: false })).toEqual({ ok: false, reason: "final" });
    expect(checkTransition("stopped", "planned", { mayReopen: false })).toEqual({ ok: false, reason: "final" });
    expect(checkTransition("completed", "active", { mayReopen: true }).ok).toBe(true);
    expect(checkTransition("completed", "stopped", { mayReopen: true }).ok).toBe(false);
  });

  it("always allows keeping the status", () => {
    fc.assert(
      fc.property(status, fc.boolean(), (s, mayReopen) => {
        expect(checkTransition(s, s, { mayReopen }).ok).toBe(true);
      }),
    );
  });

  it("never leaves a final status without the right to reopen", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATUSES), status, (from, to) => {
        fc.pre(from !== to);
        expect(checkTransition(from, to, { mayReopen: false }).ok).toBe(false);
      }),
    );
  });

  it("offers in the form exactly what the server accepts", () => {
    fc.assert(
      fc.property(status, status, fc.boolean(), (from, to, mayReopen) => {
        expect(nextStatuses(from, { mayReopen }).includes(to)).toBe(checkTransition(from, to, { mayReopen }).ok);
      }),
    );
  });
});
