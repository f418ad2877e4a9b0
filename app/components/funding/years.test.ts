import { describe, expect, it } from "vitest";

import { formatYears } from "./years";

describe("formatYears", () => {
  it("writes runs as ranges and joins them as a list in the reader's language", () => {
    expect(formatYears("da", [2027])).toBe("2027");
    expect(formatYears("da", [2028, 2026, 2027])).toBe("2026–2028");
    expect(formatYears("da", [2025, 2026, 2027, 2028, 2030])).toBe("2025–2028 og 2030");
    expect(formatYears("en", [2025, 2027, 2028])).toBe("2025 and 2027–2028");
  });
});
