import { describe, expect, it } from "vitest";

import { changedFields, definitionChange, type IndicatorDefinition, isRetired, needsReason } from "./indicator-revisions";

const stored: IndicatorDefinition = {
  name: "Deltagere",
  unit: "personer",
  baseline: 0,
  target: 20,
  direction: "higher",
  kind: "cumulative",
};

describe("definitionChange", () => {
  it("records only the fields that differ, before and after", () => {
    const change = definitionChange(stored, { ...stored, target: 25, unit: "kvinder" });
    expect(change).toEqual({ before: { unit: "personer", target: 20 }, after: { unit: "kvinder", target: 25 } });
    expect(changedFields(change)).toEqual(["unit", "target"]);
  });

  it("is empty when nothing changed", () => {
    const change = definitionChange(stored, { ...stored });
    expect(change).toEqual({ before: {}, after: {} });
    expect(changedFields(change)).toEqual([]);
    expect(needsReason(change)).toBe(false);
  });

  it("keeps a change to zero (a falsy value is still a value)", () => {
    const change = definitionChange({ ...stored, baseline: 5 }, { ...stored, baseline: 0 });
    expect(change.after).toEqual({ baseline: 0 });
  });
});

describe("needsReason", () => {
  it("asks for a reason when the baseline or the target moves", () => {
    expect(needsReason(definitionChange(stored, { ...stored, target: 25 }))).toBe(true);
    expect(needsReason(definitionChange(stored, { ...stored, baseline: 2 }))).toBe(true);
  });

  it("does not for a new name, unit, direction or kind", () => {
    const change = definitionChange(stored, { ...stored, name: "Kvinder", unit: "kvinder", kind: "per_period" });
    expect(needsReason(change)).toBe(false);
  });
});

describe("isRetired", () => {
  it("is retired from the day it was retired", () => {
    expect(isRetired({ retiredOn: null })).toBe(false);
    expect(isRetired({ retiredOn: "2026-06-15" })).toBe(true);
  });
});
