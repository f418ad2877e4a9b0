import { afterEach, beforeEach, expect } from "vitest";

declare module "vitest" {
  interface TaskMeta {
    /** `expect(...)` calls made by the test itself (its body and beforeEach hooks). */
    assertionsInTest?: number;
    /** The same plus those of the afterEach hooks (e.g. the console.error check of every test). */
    assertionsWithHooks?: number;
  }
}

/*
 * Records each test's assertion count in its task meta, which vitest hands to reporters
 * (tests/setup/assertion-reporter.ts sums them). List this file LAST in `setupFiles`: afterEach hooks
 * run in reverse order of registration, so its afterEach runs first, before other hooks assert;
 * onTestFinished runs after every afterEach hook.
 */
beforeEach(({ task, onTestFinished }) => {
  onTestFinished(() => {
    task.meta.assertionsWithHooks = expect.getState().assertionCalls;
  });
});

afterEach(({ task }) => {
  task.meta.assertionsInTest = expect.getState().assertionCalls;
});
