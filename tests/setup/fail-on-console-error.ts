import { afterEach, beforeEach, expect, vi } from "vitest";

/** A test fails when it logs an unexpected console.error; a test that expects one mocks it itself. */
let spy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  spy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  expect(calls, "unexpected console.error").toEqual([]);
});
