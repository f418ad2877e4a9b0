import { describe, expect, it } from "vitest";

import { translator } from "../i18n/i18n";
import { healthMixLabel } from "./badges";

describe("healthMixLabel", () => {
  it("lets each colour agree with its count in Danish", () => {
    expect(healthMixLabel(translator("da"), { green: 1, amber: 2, red: 0 })).toBe("1 grøn, 2 gule, 0 røde");
    expect(healthMixLabel(translator("da"), { green: 3, amber: 1, red: 1 })).toBe("3 grønne, 1 gul, 1 rød");
  });

  it("reads the same in English", () => {
    expect(healthMixLabel(translator("en"), { green: 1, amber: 2, red: 0 })).toBe("1 green, 2 amber, 0 red");
  });
});
