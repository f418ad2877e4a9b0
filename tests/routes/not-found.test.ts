import { describe, expect, it } from "vitest";

import * as activity from "../../app/routes/activities.$id";
import * as area from "../../app/routes/areas.$slug";
import * as dashboardCsv from "../../app/routes/dashboard[.]csv";
import { callLoader } from "../setup/route-harness";

/** Addresses that name nothing answer 404 (the page people then see: tests/integration/pages.test.ts). */
describe("404", () => {
  it.each(["999999", "abc", "0", "-1", "1e3", "99999999999999999999"])("for /activities/%s", async (id) => {
    const res = await callLoader(activity, { path: `/activities/${encodeURIComponent(id)}`, params: { id }, as: "board" });
    expect(res.status).toBe(404);
    expect(res.thrown).toBe(true);
  });

  it.each(["atlantis", "☃"])("for the unknown area /areas/%s", async (slug) => {
    const res = await callLoader(area, { path: `/areas/${encodeURIComponent(slug)}`, params: { slug }, as: "board" });
    expect(res.status).toBe(404);
  });

  it("for a chart the dashboard does not have", async () => {
    const res = await callLoader(dashboardCsv, { path: "/dashboard.csv?chart=nope", as: "board" });
    expect(res.status).toBe(404);
  });
});
