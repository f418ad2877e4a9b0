import { describe, expect, it } from "vitest";

import { activityWriteOf } from "./activity.server";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const stored = { areaIds: [1, 2], budget: 250_000, planId: 3 };

describe("activityWriteOf: what a posted activity form would change, read before validation", () => {
  it("reads the areas sent; an id that cannot be read is an area nobody manages", () => {
    expect(activityWriteOf(form({ areaIds: ["1", "07"] }), null).areaIds).toEqual([1, 7]);
    const odd = activityWriteOf(form({ areaIds: ["abc", "-1", " 1"] }), null).areaIds;
    expect(odd.every(Number.isNaN)).toBe(true);
    expect(activityWriteOf(form({}), stored)).toMatchObject({ current: { areaIds: [1, 2] }, areaIds: [] });
  });

  it("counts any budget but 0 on a new activity as a change, however it is written", () => {
    for (const budget of ["", "  ", "0", "0 kr."]) expect(activityWriteOf(form({ budget }), null).changesBudget).toBe(false);
    for (const budget of ["1", "12,5", "-1", "abc"]) expect(activityWriteOf(form({ budget }), null).changesBudget).toBe(true);
    expect(activityWriteOf(form({}), null)).toMatchObject({ current: null, changesBudget: false, changesPlan: false });
  });

  it("takes a budget or plan left out on edit as unchanged, and the stored value in another format as the same", () => {
    expect(activityWriteOf(form({}), stored)).toMatchObject({ changesBudget: false, changesPlan: false });
    expect(activityWriteOf(form({ budget: "250.000", planId: "3" }), stored)).toMatchObject({ changesBudget: false, changesPlan: false });
    expect(activityWriteOf(form({ budget: "250 000 kr." }), stored).changesBudget).toBe(false);
    expect(activityWriteOf(form({ budget: "250.001" }), stored).changesBudget).toBe(true);
    expect(activityWriteOf(form({ budget: "0" }), stored).changesBudget).toBe(true);
    expect(activityWriteOf(form({ planId: "4" }), stored).changesPlan).toBe(true);
    expect(activityWriteOf(form({ planId: "x" }), stored).changesPlan).toBe(true);
  });

  it("lets anyone who may create choose the plan of a new activity", () => {
    expect(activityWriteOf(form({ planId: "4" }), null).changesPlan).toBe(false);
  });
});
