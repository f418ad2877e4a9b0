import { describe, expect, it } from "vitest";
import { z } from "zod";

import {
  checkbox,
  cleanText,
  decimal,
  id,
  ids,
  isoDate,
  kroner,
  optionalIsoDate,
  optionalLine,
  optionalText,
  requiredLine,
} from "./fields.server";
import { parseFormData, refuse } from "./form.server";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const Schema = z.object({
  title: requiredLine(20),
  note: optionalText(20),
  tag: optionalLine(5),
  areaIds: ids(),
  budget: kroner(),
  startsOn: isoDate(),
  endsOn: optionalIsoDate(),
  done: checkbox,
  ownerId: id(),
  value: decimal("da"),
});

const valid: [string, string][] = [
  ["title", "Bydelssøstre"],
  ["budget", "1.234.567"],
  ["startsOn", "2026-02-28"],
  ["ownerId", "7"],
  ["value", "12,5"],
];

describe("cleanText", () => {
  it("keeps tab and line feed, turns CR LF and CR into LF, and drops every other control character", () => {
    expect(cleanText("a\u0000b\r\nc\rd\te\u001bf\u007fg\u0085h")).toBe("ab\nc\nd\tefgh");
  });

  it("normalises to NFC, so å typed as a + ring is the same letter", () => {
    expect(cleanText("Bla\u030agaard")).toBe("Blågaard");
  });
});

describe("parseFormData", () => {
  it("ignores Conform's reserved names, which our forms never send: a malformed one is no 500", () => {
    const hostile = formData([...valid, ["__intent__", "{not json"], ["__state__", "]["]]);
    hostile.append("__state__", new File(["x"], "state.txt"));
    const result = parseFormData(hostile, Schema);
    expect(result.ok).toBe(true);
    expect(parseFormData(formData([["__intent__", "{"]]), Schema)).toMatchObject({ ok: false, errors: { title: expect.any(Array) } });
  });

  it("returns typed values: whole kroner, dates, ids, decimals, checkboxes", () => {
    const result = parseFormData(formData([...valid, ["areaIds", "3"], ["areaIds", "03"], ["areaIds", "4"], ["done", "on"]]), Schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      title: "Bydelssøstre",
      note: "",
      tag: "",
      areaIds: [3, 4],
      budget: 1234567,
      startsOn: "2026-02-28",
      endsOn: null,
      done: true,
      ownerId: 7,
      value: 12.5,
    });
  });

  it("names each field's problem with a catalogue key and keeps everything typed", () => {
    const result = parseFormData(
      formData([
        ["title", "   "],
        ["note", "x".repeat(21)],
        ["tag", "a\nb\tc d e"],
        ["areaIds", "x"],
        ["budget", "12,5"],
        ["startsOn", "2026-02-30"],
        ["endsOn", "soon"],
        ["done", "yes"],
        ["ownerId", "0"],
        ["value", "12.5"],
      ]),
      Schema,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: ["form.required"],
      note: ["form.tooLong"],
      tag: ["form.tooLong"],
      areaIds: ["form.invalid"],
      budget: ["form.kroner.decimals"],
      startsOn: ["form.date"],
      endsOn: ["form.date"],
      done: ["form.invalid"],
      ownerId: ["form.invalid"],
      value: ["form.number.ambiguous"],
    });
    expect(result.values.note).toBe("x".repeat(21));
    expect(result.values.budget).toBe("12,5");
  });

  it("treats a missing required field as required, and an empty optional one as not given", () => {
    const result = parseFormData(formData([["note", ""]]), Schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toEqual(["form.required"]);
    expect(result.errors.budget).toEqual(["form.required"]);
    expect(result.errors.note).toBeUndefined();
  });

  it("refuses negative and absurd amounts", () => {
    const budget = (value: string) => {
      const result = parseFormData(formData([...valid.filter(([k]) => k !== "budget"), ["budget", value]]), Schema);
      return result.ok ? result.value.budget : result.errors.budget;
    };
    expect(budget("-1")).toEqual(["form.kroner.negative"]);
    expect(budget("abc")).toEqual(["form.kroner.invalid"]);
    expect(budget("2.000.000.000")).toEqual(["form.kroner.tooLarge"]);
    expect(budget("1 234 567 kr.")).toBe(1234567);
  });

  it("never sends a password back to the page", () => {
    const result = parseFormData(
      formData([
        ["password", "secret-secret"],
        ["email", ""],
      ]),
      z.object({ email: requiredLine(10) }),
      {
        omit: ["password"],
      },
    );
    expect(result.values).toEqual({ email: "" });
  });
});

describe("refuse", () => {
  it("answers 400 with the errors, the server's own additions and the typed values", async () => {
    const response = refuse(
      { values: { title: "x" }, errors: { title: ["form.tooLong"] } },
      { title: ["form.invalid"], _form: ["form.stale"] },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: { title: ["form.tooLong", "form.invalid"], _form: ["form.stale"] },
      values: { title: "x" },
    });
  });

  it("answers 409 for a conflict, with what the page shows beside it", async () => {
    const response = refuse<{ other: string }>({ values: {} }, { _form: ["form.stale"] }, 409, { other: "theirs" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ other: "theirs" });
  });
});
