import { z } from "zod";

import { ROLES } from "../domain/constants";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../utils/password.server";
import { checkbox, choice, ids, requiredLine, version } from "./fields.server";

const passwordField = z
  .string({ error: "form.required" })
  .min(MIN_PASSWORD_LENGTH, "form.passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "form.passwordTooLong");

function managersNeedAreas<T extends { role: string; areaIds: number[] }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === "manager" && value.areaIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["areaIds"], message: "form.areasForManager" });
  }
}

const userFields = {
  name: requiredLine(120),
  role: choice(ROLES, "form.roleUnknown"),
  areaIds: ids("form.areaUnknown", 50),
};

export const CreateUserSchema = z
  .object({
    email: z.string({ error: "form.required" }).trim().min(1, "form.required").max(254, "form.tooLong").pipe(z.email("form.emailInvalid")),
    password: passwordField,
    ...userFields,
  })
  .superRefine(managersNeedAreas);

/** A user's page: change name, role, areas and whether they are disabled; or set a new password. */
export const UserPageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("update"), ...userFields, disabled: checkbox, version }).superRefine(managersNeedAreas),
  z.object({ intent: z.literal("reset-password"), password: passwordField }),
]);
