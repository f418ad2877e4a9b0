/**
 * Which zod schemas an action validated its form with, noted while it runs: the fuzz test files replace
 * app/forms/form.server.ts with `capturingFormServer(actual)`, whose parseForm and parseFormData note their
 * schema here and then do their usual work.
 */
import type * as formServer from "../../app/forms/form.server";

type FormServer = typeof formServer;

export const captured = { schemas: [] as unknown[] };

export function capturingFormServer(actual: FormServer): FormServer {
  const parseForm: FormServer["parseForm"] = (request, schema, options) => {
    captured.schemas.push(schema);
    return actual.parseForm(request, schema, options);
  };
  const parseFormData: FormServer["parseFormData"] = (formData, schema, options) => {
    captured.schemas.push(schema);
    return actual.parseFormData(formData, schema, options);
  };
  return { ...actual, parseForm, parseFormData };
}
