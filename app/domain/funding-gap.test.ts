import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fundingGap, fundingState } from "./funding";

describe("funding figures", () => {
  it("names the funding state", () => {
    expect(fundingState(1000, 0)).toBe("unfunded");
    expect(fundingState(1000, 400)).toBe("partly");
    expect(fundingState(1000, 1000)).toBe("funded");
    expect(fundingState(1000, 1200)).toBe("funded");
    expect(fundingState(0, 0)).toBe("funded");
  });

  it("never reports a negative gap: a surplus instead", () => {
    expect(fundingGap(1000, 400)).toEqual({ gap: 600, surplus: 0 });
    expect(fundingGap(1000, 1300)).toEqual({ gap: 0, surplus: 300 });
  });

  it("gap − surplus is always budget − secured, and one of them is 0", () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10 ** 12), (budget, secured) => {
        const { gap, surplus } = fundingGap(budget, secured);
        expect(gap - surplus).toBe(budget - secured);
        expect(gap === 0 || surplus === 0).toBe(true);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(surplus).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
