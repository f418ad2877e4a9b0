import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "./redirect";

/** Where a browser on our site would go when it follows `Location: location`. */
function followedFrom(location: string) {
  return new URL(location, "https://overblik.example/activities/1?x=1");
}

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/activities?area=vollsmose")).toBe("/activities?area=vollsmose");
    expect(safeRedirectPath("/activities/12#timeline")).toBe("/activities/12#timeline");
  });

  it("resolves dot segments that stay on the site", () => {
    expect(safeRedirectPath("/activities/../areas")).toBe("/areas");
    expect(safeRedirectPath("/./areas")).toBe("/areas");
  });

  // Each of these reads as another host to a browser once dots, encoded dots and backslashes are resolved.
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/../..//evil.example",
    "/%2e//evil.example",
    "/%2E//evil.example",
    "/%2e%2e//evil.example",
    "/.%2e//evil.example",
    "/./\\evil.example",
    "/.\\/evil.example",
    "/../\\evil.example",
    "/%2e/\\evil.example",
    "/a/..//evil.example",
    "/a/%2e%2e//evil.example",
    "/a/b/../..//evil.example",
    "/.///evil.example",
    "/./\\\\evil.example",
    "/.\t//evil.example",
    "/.\u0000//evil.example",
    "/\u0085/evil.example",
    " //evil.example",
    "/./evil.example/..//evil.example",
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value)).toBe("/");
  });

  it.each([
    // Encoded slashes and backslashes are path characters, not separators: they stay on our site.
    ["/%2f/evil.example", "/%2f/evil.example"],
    ["/%5c/evil.example", "/%5c/evil.example"],
    ["/%252e//evil.example", "/%252e//evil.example"],
    // Look-alike slashes are ordinary characters, percent-encoded.
    ["/\uff0f/evil.example", "/%EF%BC%8F/evil.example"],
    ["/\u2215/evil.example", "/%E2%88%95/evil.example"],
  ])("keeps %j on the site as %j", (value, expected) => {
    const result = safeRedirectPath(value);
    expect(result).toBe(expected);
    expect(followedFrom(result).host).toBe("overblik.example");
  });

  it("percent-encodes non-ASCII paths so the Location header is valid", () => {
    expect(safeRedirectPath("/€")).toBe("/%E2%82%AC");
    expect(safeRedirectPath("/areas/ø?q=æ")).toBe("/areas/%C3%B8?q=%C3%A6");
  });

  it("refuses non-strings", () => {
    expect(safeRedirectPath(null, "/x")).toBe("/x");
  });

  it("never leaves the site, whatever the mix of slashes, dots and encodings", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      ".",
      "..",
      "%2e",
      "%2E",
      "%2f",
      "%5c",
      "%09",
      "\t",
      "\n",
      " ",
      "evil.example",
      "@",
      ":",
      "?",
      "#",
      "%00",
      "\u3002",
      "a",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = safeRedirectPath(`/${pieces.join("")}`);
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
        expect(result.startsWith("/\\")).toBe(false);
        expect(followedFrom(result).host).toBe("overblik.example");
        // Stable: checking the result again gives the result (nothing left to normalise).
        expect(safeRedirectPath(result)).toBe(result);
      }),
      { numRuns: 5000, seed: 15 },
    );
  });
});
