import { z } from "zod";

/** Throws a 404 Response unless the condition holds; the shared error boundary shows it. */
export function invariantResponse(condition: unknown, status = 404, message = "Not found"): asserts condition {
  if (!condition) throw new Response(message, { status });
}

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A route's numeric id; anything that is not one is a 404, as no such thing exists. */
export function requireId(value: string | undefined): number {
  if (value === undefined || !/^\d{1,15}$/.test(value)) throw new Response("Not found", { status: 404 });
  const parsed = IdSchema.safeParse(value);
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  return parsed.data;
}
