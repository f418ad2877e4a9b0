import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "./redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/activities?area=vollsmose")).toBe("/activities?area=vollsmose");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", "/\t/evil.example"])(
    "refuses %j",
    (value) => {
      expect(safeRedirectPath(value)).toBe("/");
    },
  );

  it("refuses non-strings", () => {
    expect(safeRedirectPath(null, "/x")).toBe("/x");
  });
});
