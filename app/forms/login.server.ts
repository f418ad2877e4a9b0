import { z } from "zod";

/** The sign-in form. The password is taken exactly as typed: never trimmed or cleaned. */
export const LoginSchema = z.object({
  email: z.string({ error: "login.error.emailRequired" }).trim().min(1, "login.error.emailRequired").max(254, "login.error.emailTooLong"),
  password: z
    .string({ error: "login.error.passwordRequired" })
    .min(1, "login.error.passwordRequired")
    .max(200, "login.error.passwordTooLong"),
  redirectTo: z.string().optional(),
});
