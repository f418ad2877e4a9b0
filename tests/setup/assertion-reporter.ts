import type { Reporter, TestModule } from "vitest/node";

type Count = { tests: number; inTests: number; withHooks: number };

/**
 * Prints, after a run, how many assertions the tests made per project, e.g.
 * "integration  941 assertions in 146 tests (795 in the tests, 146 in afterEach hooks)", so that a change
 * that silently drops assertions shows as a smaller number. The counts come from
 * tests/setup/count-assertions.ts; static counts of `expect(` per folder: `npm run count:assertions`.
 * Property-based unit tests (fast-check) assert once per generated value, so the unit count varies a little
 * from run to run.
 */
export default class AssertionReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const perProject = new Map<string, Count>();
    for (const testModule of testModules) {
      const name = testModule.project.name || "tests";
      const count = perProject.get(name) ?? { tests: 0, inTests: 0, withHooks: 0 };
      for (const testCase of testModule.children.allTests()) {
        if (testCase.result().state === "skipped") continue;
        const meta = testCase.meta();
        count.tests += 1;
        count.inTests += meta.assertionsInTest ?? 0;
        count.withHooks += meta.assertionsWithHooks ?? meta.assertionsInTest ?? 0;
      }
      perProject.set(name, count);
    }
    if (perProject.size === 0) return;
    const rows = [...perProject].sort(([a], [b]) => a.localeCompare(b));
    if (rows.length > 1) {
      rows.push([
        "all",
        rows.reduce(
          (sum, [, c]) => ({ tests: sum.tests + c.tests, inTests: sum.inTests + c.inTests, withHooks: sum.withHooks + c.withHooks }),
          {
            tests: 0,
            inTests: 0,
            withHooks: 0,
          },
        ),
      ]);
    }
    console.log("\n Assertions (expect calls):");
    for (const [name, c] of rows) {
      console.log(
        `  ${name.padEnd(12)} ${c.withHooks} assertions in ${c.tests} tests (${c.inTests} in the tests, ${c.withHooks - c.inTests} in afterEach hooks)`,
      );
    }
  }
}
