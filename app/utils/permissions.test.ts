import { describe, expect, it } from "vitest";

import { ACTIONS, can, type PermissionUser } from "./permissions";

const VOLLSMOSE = 1;
const KORSLOEKKEN = 2;
const SOLBAKKEN = 3;

const admin: PermissionUser = { id: 1, role: "admin", areaIds: [] };
const managerV: PermissionUser = { id: 2, role: "manager", areaIds: [VOLLSMOSE] };
const managerK: PermissionUser = { id: 3, role: "manager", areaIds: [KORSLOEKKEN, SOLBAKKEN] };
const board: PermissionUser = { id: 4, role: "board", areaIds: [] };
const fundraiser: PermissionUser = { id: 5, role: "fundraiser", areaIds: [] };

const inVollsmose = { areaIds: [VOLLSMOSE] };
const shared = { areaIds: [VOLLSMOSE, KORSLOEKKEN] };

describe("can", () => {
  it("lets nobody anonymous do anything", () => {
    for (const action of ACTIONS) expect(can(null, action, inVollsmose)).toBe(false);
  });

  it("lets an admin do everything", () => {
    for (const action of ACTIONS) expect(can(admin, action, inVollsmose)).toBe(true);
  });

  it("lets everyone signed in read", () => {
    for (const user of [managerV, managerK, board, fundraiser]) expect(can(user, "portfolio:read")).toBe(true);
  });

  it("lets a manager report only on activities in their own areas", () => {
    expect(can(managerV, "activity:report", inVollsmose)).toBe(true);
    expect(can(managerK, "activity:report", inVollsmose)).toBe(false);
    expect(can(managerK, "activity:report", shared)).toBe(true);
    expect(can(managerK, "activity:report", undefined)).toBe(false);
    expect(can(managerV, "activity:report", { areaIds: [] })).toBe(false);
  });

  it("never lets a manager change money, flags or users", () => {
    for (const action of ["funding:write", "flag:write", "activity:edit", "users:manage", "audit:read", "activity:reopen"] as const) {
      expect(can(managerV, action, inVollsmose)).toBe(false);
    }
  });

  it("lets the board write nothing", () => {
    for (const action of ACTIONS.filter((a) => a !== "portfolio:read")) expect(can(board, action, inVollsmose)).toBe(false);
  });

  it("lets a fundraiser create and rename funding sources, but leaves local co-financing to administrators", () => {
    expect(can(fundraiser, "funding:write")).toBe(true);
    expect(can(fundraiser, "sources:manage")).toBe(false);
    expect(can(admin, "sources:manage")).toBe(true);
    for (const user of [managerV, board]) expect(can(user, "funding:write")).toBe(false);
  });

  it("lets only a manager of the activity's area (or an admin) change its indicators and milestones", () => {
    expect(can(managerV, "activity:report", inVollsmose)).toBe(true);
    for (const user of [managerK, board, fundraiser]) expect(can(user, "activity:report", inVollsmose)).toBe(false);
  });

  it("lets a fundraiser write funding and flags but not status", () => {
    expect(can(fundraiser, "funding:write", inVollsmose)).toBe(true);
    expect(can(fundraiser, "flag:write", inVollsmose)).toBe(true);
    expect(can(fundraiser, "activity:report", inVollsmose)).toBe(false);
    expect(can(fundraiser, "users:manage")).toBe(false);
  });
});
