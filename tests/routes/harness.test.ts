import { describe, expect, it } from "vitest";

import * as activity from "../../app/routes/activities.$id";
import * as activitiesCsv from "../../app/routes/activities[.]csv";
import * as language from "../../app/routes/language";
import * as login from "../../app/routes/login";
import { callAction, callLoader, paramsFromPath } from "../setup/route-harness";

/** The harness itself: what it sends and how it reads the answers, so route tests can rely on it. */
describe("the route harness", () => {
  it("takes URL params from a flat-routes file name", () => {
    expect(paramsFromPath("activities.$id_.updates.tsx", "/activities/7/updates?x=1")).toEqual({ id: "7" });
    expect(paramsFromPath("_index.tsx", "/")).toEqual({});
    expect(paramsFromPath("activities[.]csv.tsx", "/activities.csv")).toEqual({});
    expect(paramsFromPath("$.tsx", "/no/such%20page")).toEqual({ "*": "no/such page" });
    expect(() => paramsFromPath("areas.$slug.tsx", "/activities/1")).toThrow("does not match");
  });

  it("parses JSON data, and signs in with a session made in the database", async () => {
    const res = await callLoader(activity, { path: "/activities/1", params: { id: "1" }, as: "board" });
    expect(res.status).toBe(200);
    expect(res.thrown).toBe(false);
    expect(res.data).toMatchObject({ activity: { id: 1 } });
  });

  it("catches a thrown redirect and gives its location", async () => {
    const res = await callLoader(activity, { path: "/activities/1", params: { id: "1" } });
    expect(res).toMatchObject({ status: 302, thrown: true, location: "/login?redirectTo=%2Factivities%2F1" });
  });

  it("catches a thrown 404", async () => {
    const res = await callLoader(activity, { path: "/activities/999999", params: { id: "999999" }, as: "board" });
    expect(res).toMatchObject({ status: 404, thrown: true });
  });

  it("gives a non-JSON body as text, in the language asked for", async () => {
    const res = await callLoader(activitiesCsv, { path: "/activities.csv?area=vollsmose", as: "fundraiser", lang: "en" });
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(typeof res.data).toBe("string");
    expect(res.text.split("\n")[0]).toContain("budget_dkk");
    const danish = await callLoader(activitiesCsv, { path: "/activities.csv?area=vollsmose", as: "fundraiser" });
    expect(danish.text.split("\n")[0]).not.toBe(res.text.split("\n")[0]);
  });

  it("posts a url-encoded form with our Origin, and returns the action's redirect and cookie", async () => {
    const res = await callAction(language, { path: "/language", form: { lang: "en", redirectTo: "/activities?area=vollsmose" } });
    expect(res.status).toBe(303);
    expect(res.location).toBe("/activities?area=vollsmose");
    expect(res.headers.get("Set-Cookie")).toMatch(/^lang=/);
  });

  it("returns the action's data and status when its loader lets it be, or the action alone when asked", async () => {
    const anonymous = await callAction(login, { path: "/login", form: { email: "", password: "" } });
    expect(anonymous.status).toBe(400);
    expect(anonymous.data).toMatchObject({ errors: { email: ["login.error.emailRequired"] }, values: { email: "" } });
    const signedIn = await callAction(login, { path: "/login", form: {}, as: "board" });
    // The sign-in page sends a signed-in person on to their role's page (the board: the dashboard).
    expect(signedIn).toMatchObject({ status: 302, location: "/dashboard" });
    const actionOnly = await callAction(login, { path: "/login", form: {}, as: "board", thenLoader: false });
    expect(actionOnly.status).toBe(400);
  });

  // A stand-in action that says what it received, for the bodies the fuzzer sends.
  const echo = {
    action: async ({ request }: { request: Request }) => {
      const type = request.headers.get("Content-Type") ?? "";
      const length = request.headers.get("Content-Length");
      if (!type.startsWith("multipart/form-data")) return Response.json({ type, length, text: await request.text() });
      const form = await request.formData();
      const sheet = form.get("sheet");
      return Response.json({
        type,
        length,
        title: form.get("title"),
        sheet: sheet instanceof File ? { name: sheet.name, type: sheet.type, text: await sheet.text() } : sheet,
      });
    },
  };

  it("posts a form as multipart/form-data, with files, and says its length", async () => {
    const res = await callAction(echo, {
      path: "/echo",
      form: { title: "Æbler" },
      files: { sheet: { name: "aktiviteter.csv", type: "text/csv", content: "a;b\n1;2\n" } },
    });
    expect(res.data).toMatchObject({
      type: expect.stringMatching(/^multipart\/form-data; boundary=/),
      title: "Æbler",
      sheet: { name: "aktiviteter.csv", type: "text/csv", text: "a;b\n1;2\n" },
    });
    expect(Number((res.data as { length: string }).length)).toBeGreaterThan(100);
    const plain = await callAction(echo, { path: "/echo", form: { title: "x", sheet: "not a file" }, multipart: true });
    expect(plain.data).toMatchObject({ title: "x", sheet: "not a file" });
  });

  it("posts a raw body with the type given", async () => {
    const res = await callAction(echo, { path: "/echo", body: '{"a":1}', headers: { "Content-Type": "application/json" } });
    expect(res.data).toEqual({ type: "application/json", length: "7", text: '{"a":1}' });
  });
});
