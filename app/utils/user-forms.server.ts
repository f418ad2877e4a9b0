import { z } from "zod";

import { ROLES } from "./domain";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password.server";

/** Form values arrive as strings; an unchecked checkbox and an empty select arrive as nothing at all. */
const areaIdsField = z
  .array(
    z
      .string()
      .regex(/^\d{1,9}$/, "form.areaUnknown")
      .transform(Number),
  )
  .max(50, "form.areaUnknown")
  .default([])
  .transform((ids) => [...new Set(ids)]);

const nameField = z.string().trim().min(1, "form.required").max(120, "form.tooLong");
const roleField = z.enum(ROLES, { message: "form.roleUnknown" });
const passwordField = z.string().min(MIN_PASSWORD_LENGTH, "form.passwordTooShort").max(MAX_PASSWORD_LENGTH, "form.passwordTooLong");

function managersNeedAreas<T extends { role: string; areaIds: number[] }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === "manager" && value.areaIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["areaIds"], message: "form.areasForManager" });
  }
}

export const CreateUserSchema = z
  .object({
    email: z.string().trim().min(1, "form.required").max(254, "form.tooLong").pipe(z.email("form.emailInvalid")),
    name: nameField,
    role: roleField,
    areaIds: areaIdsField,
    password: passwordField,
  })
  .superRefine(managersNeedAreas);

export const UpdateUserSchema = z
  .object({
    name: nameField,
    role: roleField,
    areaIds: areaIdsField,
    disabled: z
      .literal("on")
      .optional()
      .transform((v) => v === "on"),
    version: z.coerce.number().int().min(1),
  })
  .superRefine(managersNeedAreas);

export const ResetPasswordSchema = z.object({ password: passwordField });

/** FormData → a plain object, with repeated fields (checkboxes) as arrays. */
export function formToObject(form: FormData, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  return out;
}
