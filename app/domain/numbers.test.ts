import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseIndicatorValue, parseKroner } from "./numbers";

describe("parseKroner", () => {
  it.each([
    ["1234567", 1234567],
    ["1.234.567", 1234567],
    ["1 234 567", 1234567],
    ["1\u00a0234\u00a0567", 1234567],
    ["  250.000 kr. ", 250000],
    ["0", 0],
    ["-5", -5],
  ])("reads %j as %d", (input, value) => {
    expect(parseKroner(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "empty"],
    ["12,50", "decimals"],
    ["1.234,50", "decimals"],
    ["12.5", "decimals"],
    ["1.23.456", "not-a-number"],
    ["1.234 567", "not-a-number"],
    ["ti tusind", "not-a-number"],
    ["1e6", "not-a-number"],
    ["99999999999999999999", "too-large"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(parseKroner(input)).toEqual({ ok: false, reason });
  });

  it("reads back any whole amount written the Danish way", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => {
        const danish = new Intl.NumberFormat("da-DK").format(n);
        expect(parseKroner(danish)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe("parseIndicatorValue", () => {
  it.each([
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["-3,25", -3.25],
    [" 0 ", 0],
    ["0,125", 0.125],
    ["1234,5", 1234.5],
  ])("reads %j as %d", (input, value) => {
    expect(parseIndicatorValue(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["N/A", "not-a-number"],
    ["ja", "not-a-number"],
    ["12 personer", "not-a-number"],
    ["12,5%", "not-a-number"],
    ["", "empty"],
    ["1.234", "ambiguous"],
    ["1.234,5", "ambiguous"],
    ["12,500", "ambiguous"],
    ["1,234,567", "ambiguous"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(parseIndicatorValue(input)).toEqual({ ok: false, reason });
  });
});
