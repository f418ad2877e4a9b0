import { describe, expect, it } from "vitest";

import { ACTIONS, type ActivityWrite, can, mayDeleteActivity, mayWriteActivity, type PermissionUser, placedAreas } from "./permissions";

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
    for (const action of ["funding:write", "flag:write", "activity:budget", "users:manage", "audit:read", "activity:reopen"] as const) {
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

const newActivity = (areaIds: number[], changesBudget = false): ActivityWrite => ({
  current: null,
  areaIds,
  changesBudget,
  changesPlan: false,
});
const edit = (
  current: number[],
  areaIds: number[],
  changes: Partial<Pick<ActivityWrite, "changesBudget" | "changesPlan">> = {},
): ActivityWrite => ({
  current: { areaIds: current },
  areaIds,
  changesBudget: false,
  changesPlan: false,
  ...changes,
});

describe("who may create, edit and delete activities (decision 011)", () => {
  it("lets admins and managers with areas open the form for a new activity, nobody else", () => {
    expect(can(admin, "activity:create")).toBe(true);
    expect(can(managerV, "activity:create")).toBe(true);
    expect(can({ ...managerV, areaIds: [] }, "activity:create")).toBe(false);
    expect(can(board, "activity:create")).toBe(false);
    expect(can(fundraiser, "activity:create")).toBe(false);
  });

  it("lets a manager edit an activity that runs in one of their areas", () => {
    expect(can(managerV, "activity:edit", inVollsmose)).toBe(true);
    expect(can(managerK, "activity:edit", shared)).toBe(true);
    expect(can(managerK, "activity:edit", inVollsmose)).toBe(false);
    expect(can(board, "activity:edit", inVollsmose)).toBe(false);
    expect(can(fundraiser, "activity:edit", inVollsmose)).toBe(false);
  });

  it("lets a manager place activities only in their own areas", () => {
    expect(can(managerK, "activity:place", { areaIds: [KORSLOEKKEN, SOLBAKKEN] })).toBe(true);
    expect(can(managerK, "activity:place", shared)).toBe(false);
    expect(can(managerK, "activity:place", { areaIds: [] })).toBe(true);
    expect(can(managerK, "activity:place", undefined)).toBe(false);
    expect(can(board, "activity:place", { areaIds: [] })).toBe(false);
  });

  it("leaves budget and plan to administrators", () => {
    expect(can(admin, "activity:budget")).toBe(true);
    for (const user of [managerV, managerK, board, fundraiser]) expect(can(user, "activity:budget")).toBe(false);
  });

  it("names the areas a write adds or removes", () => {
    expect(placedAreas({ current: null, areaIds: [1, 2, 2] })).toEqual([1, 2]);
    expect(placedAreas({ current: { areaIds: [1, 2] }, areaIds: [2, 3] })).toEqual([3, 1]);
    expect(placedAreas({ current: { areaIds: [1, 2] }, areaIds: [2, 1] })).toEqual([]);
  });

  it("lets a manager create in their own areas at budget 0 only", () => {
    expect(mayWriteActivity(managerV, newActivity([VOLLSMOSE]))).toBe(true);
    expect(mayWriteActivity(managerV, newActivity([]))).toBe(true);
    expect(mayWriteActivity(managerV, newActivity([VOLLSMOSE], true))).toBe(false);
    expect(mayWriteActivity(managerV, newActivity([VOLLSMOSE, KORSLOEKKEN]))).toBe(false);
    expect(mayWriteActivity(managerV, newActivity([Number.NaN]))).toBe(false);
    expect(mayWriteActivity(admin, newActivity([VOLLSMOSE, KORSLOEKKEN], true))).toBe(true);
    expect(mayWriteActivity(board, newActivity([]))).toBe(false);
    expect(mayWriteActivity(fundraiser, newActivity([]))).toBe(false);
    expect(mayWriteActivity(null, newActivity([]))).toBe(false);
  });

  it("lets a manager edit fields and their own areas, never budget, plan or another manager's area", () => {
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE], [VOLLSMOSE]))).toBe(true);
    expect(mayWriteActivity(managerK, edit([KORSLOEKKEN], [KORSLOEKKEN, SOLBAKKEN]))).toBe(true);
    expect(mayWriteActivity(managerK, edit([KORSLOEKKEN, SOLBAKKEN], [SOLBAKKEN]))).toBe(true);
    // Another manager's area: neither removed nor added.
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE, KORSLOEKKEN], [VOLLSMOSE]))).toBe(false);
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE], [VOLLSMOSE, KORSLOEKKEN]))).toBe(false);
    // Another manager's area kept as it is: fine.
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE, KORSLOEKKEN], [VOLLSMOSE, KORSLOEKKEN]))).toBe(true);
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE], [VOLLSMOSE], { changesBudget: true }))).toBe(false);
    expect(mayWriteActivity(managerV, edit([VOLLSMOSE], [VOLLSMOSE], { changesPlan: true }))).toBe(false);
    expect(mayWriteActivity(managerK, edit([VOLLSMOSE], [VOLLSMOSE]))).toBe(false);
    expect(mayWriteActivity(admin, edit([VOLLSMOSE], [KORSLOEKKEN], { changesBudget: true, changesPlan: true }))).toBe(true);
    expect(mayWriteActivity(board, edit([VOLLSMOSE], [VOLLSMOSE]))).toBe(false);
    expect(mayWriteActivity(fundraiser, edit([VOLLSMOSE], [VOLLSMOSE]))).toBe(false);
  });

  it("lets a manager delete only an activity whose areas are all theirs", () => {
    expect(mayDeleteActivity(managerV, inVollsmose)).toBe(true);
    expect(mayDeleteActivity(managerV, shared)).toBe(false);
    expect(mayDeleteActivity(managerK, inVollsmose)).toBe(false);
    expect(mayDeleteActivity(admin, shared)).toBe(true);
    expect(mayDeleteActivity(board, inVollsmose)).toBe(false);
    expect(mayDeleteActivity(fundraiser, inVollsmose)).toBe(false);
  });
});
