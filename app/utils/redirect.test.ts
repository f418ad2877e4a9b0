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

  it("percent-encodes non-ASCII paths so the Location header is valid", () => {
    expect(safeRedirectPath("/€")).toBe("/%E2%82%AC");
    expect(safeRedirectPath("/areas/ø?q=æ")).toBe("/areas/%C3%B8?q=%C3%A6");
  });

  it("refuses non-strings", () => {
    expect(safeRedirectPath(null, "/x")).toBe("/x");
  });
});
