import { describe, expect, it } from "vitest";

import { isSameOriginRequest } from "./origin";

const allowed = ["http://127.0.0.1:4321"];

describe("isSameOriginRequest", () => {
  it("accepts our own origin", () => {
    expect(isSameOriginRequest({ origin: "http://127.0.0.1:4321" }, allowed)).toBe(true);
  });

  it("falls back to the referer when origin is missing", () => {
    expect(isSameOriginRequest({ referer: "http://127.0.0.1:4321/activities?x=1" }, allowed)).toBe(true);
    expect(isSameOriginRequest({ referer: "https://evil.example/page" }, allowed)).toBe(false);
  });

  it("refuses foreign, opaque and missing origins", () => {
    expect(isSameOriginRequest({ origin: "https://evil.example" }, allowed)).toBe(false);
    expect(isSameOriginRequest({ origin: "http://127.0.0.1:9999" }, allowed)).toBe(false);
    expect(isSameOriginRequest({ origin: "null" }, allowed)).toBe(false);
    expect(isSameOriginRequest({}, allowed)).toBe(false);
    expect(isSameOriginRequest({ referer: "not a url" }, allowed)).toBe(false);
  });

  it("does not let the origin header's value be a prefix trick", () => {
    expect(isSameOriginRequest({ origin: "http://127.0.0.1:4321.evil.example" }, allowed)).toBe(false);
  });
});
