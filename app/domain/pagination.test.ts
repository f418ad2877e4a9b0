import { describe, expect, it } from "vitest";

import { bounded, pageOf, pageParam } from "./pagination";

const rows = Array.from({ length: 53 }, (_, i) => i + 1);

describe("pageOf", () => {
  it("gives the rows of the page asked for, with the page count and the total", () => {
    expect(pageOf(rows, 1, 25)).toEqual({ rows: rows.slice(0, 25), page: 1, pageCount: 3, total: 53 });
    expect(pageOf(rows, 3, 25)).toEqual({ rows: [51, 52, 53], page: 3, pageCount: 3, total: 53 });
  });

  it("shows the last page for a page past the end, and the first for one before the start", () => {
    expect(pageOf(rows, 99, 25).page).toBe(3);
    expect(pageOf(rows, 99, 25).rows).toEqual([51, 52, 53]);
    expect(pageOf(rows, 0, 25).page).toBe(1);
    expect(pageOf(rows, -4, 25).rows[0]).toBe(1);
  });

  it("has one empty page for an empty list", () => {
    expect(pageOf([], 2, 25)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0 });
  });

  it("puts every row on exactly one page", () => {
    const seen = Array.from({ length: pageOf(rows, 1, 10).pageCount }, (_, i) => pageOf(rows, i + 1, 10).rows).flat();
    expect(seen).toEqual(rows);
  });
});

describe("bounded", () => {
  it("keeps the first rows and counts them all", () => {
    expect(bounded(rows, 5)).toEqual({ rows: [1, 2, 3, 4, 5], total: 53 });
    expect(bounded([1, 2], 5)).toEqual({ rows: [1, 2], total: 2 });
  });
});

describe("pageParam", () => {
  it("reads a whole page number and falls back to the first page", () => {
    expect(pageParam("4")).toBe(4);
    expect(pageParam(null)).toBe(1);
    expect(pageParam("0")).toBe(1);
    expect(pageParam("2.5")).toBe(1);
    expect(pageParam("x")).toBe(1);
    expect(pageParam("9999999")).toBe(1);
  });
});
