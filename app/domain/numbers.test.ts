import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseKroner, parseMeasured } from "./numbers";

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

describe("parseMeasured", () => {
  it.each([
    ["12", "da", 12],
    ["12,5", "da", 12.5],
    ["1.050", "da", 1050],
    ["1.234.567,25", "da", 1234567.25],
    ["1 050", "da", 1050],
    ["-3,25", "da", -3.25],
    [" 0 ", "da", 0],
    ["0,125", "da", 0.125],
    ["1,050", "da", 1.05],
    ["12.5", "en", 12.5],
    ["1,050", "en", 1050],
    ["1,234,567.25", "en", 1234567.25],
    ["1 050", "en", 1050],
    ["1.050", "en", 1.05],
  ] as const)("reads %j in %s as %d", (input, locale, value) => {
    expect(parseMeasured(input, locale)).toEqual({ ok: true, value });
  });

  it.each([
    ["N/A", "da", "not-a-number"],
    ["ja", "da", "not-a-number"],
    ["12 personer", "da", "not-a-number"],
    ["12,5%", "da", "not-a-number"],
    ["", "da", "empty"],
    // The other language's convention, or separators out of place: refused with an example, never guessed.
    ["12.5", "da", "ambiguous"],
    ["1.05", "da", "ambiguous"],
    ["1.234,5.6", "da", "ambiguous"],
    ["1.050 000", "da", "ambiguous"],
    ["12,5", "en", "ambiguous"],
    ["1,05", "en", "ambiguous"],
  ] as const)("refuses %j in %s (%s)", (input, locale, reason) => {
    expect(parseMeasured(input, locale)).toEqual({ ok: false, reason });
  });

  it("reads back any number written the way the forms write it, in both languages", () => {
    fc.assert(
      // Measured values as people record them: whole numbers up to a billion with up to six decimals.
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("da" as const, "en" as const),
        (n, decimals, locale) => {
          const value = n / 10 ** decimals;
          const written = value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
          const typed = locale === "da" ? written.replace(".", ",") : written;
          const parsed = parseMeasured(typed, locale);
          expect(parsed.ok && parsed.value).toBe(value);
        },
      ),
    );
  });
});
