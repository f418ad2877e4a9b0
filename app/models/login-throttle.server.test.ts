import { describe, expect, it } from "vitest";

import { openDatabase } from "../../db/client.server";
import { emptyDatabase } from "../../tests/setup/factories";
import { releaseAttempt, reserveAttempt } from "./login-throttle.server";

describe("reserveAttempt", () => {
  const now = new Date("2026-06-15T10:00:00Z");

  it("reserves 5 attempts for an email, refuses the sixth until the first leaves the window", () => {
    const db = emptyDatabase();
    for (let i = 0; i < 5; i++) expect(reserveAttempt("A@x.dk", `10.0.0.${i}`, now, db).kind).toBe("reserved");
    const sixth = reserveAttempt("a@x.dk", "10.0.0.9", now, db);
    expect(sixth).toEqual({ kind: "throttled", until: new Date("2026-06-15T10:15:00Z") });
    expect(reserveAttempt("a@x.dk", "10.0.0.9", new Date("2026-06-15T10:15:00Z"), db).kind).toBe("reserved");
  });

  it("frees the slot of an attempt that succeeded", () => {
    const db = emptyDatabase();
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = reserveAttempt("b@x.dk", "10.0.0.1", now, db);
      if (r.kind === "reserved") ids.push(r.id);
    }
    expect(reserveAttempt("b@x.dk", "10.0.0.1", now, db).kind).toBe("throttled");
    releaseAttempt(ids[0]!, db);
    expect(reserveAttempt("b@x.dk", "10.0.0.1", now, db).kind).toBe("reserved");
  });

  it("counts attempts reserved by another connection (another process) to the same file", () => {
    const a = emptyDatabase();
    const b = openDatabase(a.$client.name);
    for (let i = 0; i < 20; i++) {
      expect(reserveAttempt(`p${i}@x.dk`, "10.9.9.9", now, i % 2 === 0 ? a : b).kind).toBe("reserved");
    }
    expect(reserveAttempt("q@x.dk", "10.9.9.9", now, b).kind).toBe("throttled");
    expect(reserveAttempt("q@x.dk", "10.9.9.9", now, a).kind).toBe("throttled");
  });
});
