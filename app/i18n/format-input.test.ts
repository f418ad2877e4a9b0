import { describe, expect, it } from "vitest";

import { parseMeasured } from "../domain/numbers";
import { formatNumberForInput } from "./format";

describe("formatNumberForInput", () => {
  it("writes a decimal comma in Danish and a point in English, without thousands separators", () => {
    expect(formatNumberForInput("da", 12.5)).toBe("12,5");
    expect(formatNumberForInput("en", 12.5)).toBe("12.5");
    expect(formatNumberForInput("da", 1050)).toBe("1050");
    expect(formatNumberForInput("da", -3)).toBe("-3");
    expect(formatNumberForInput("en", 0.0000001)).toBe("0.0000001");
  });

  it("writes three decimals as they are: in each language a comma or a point means one thing only", () => {
    expect(formatNumberForInput("da", 1.234)).toBe("1,234");
    expect(formatNumberForInput("en", 123.456)).toBe("123.456");
  });

  it("gives back the stored number when the form is saved unchanged", () => {
    for (const value of [0, 1, 12.5, 1.234, 999.999, 1050, 123456.789, -40, 0.0000001, 1e12]) {
      for (const lang of ["da", "en"] as const) {
        expect(parseMeasured(formatNumberForInput(lang, value), lang), `${lang} ${value}`).toEqual({ ok: true, value });
      }
    }
  });
});
