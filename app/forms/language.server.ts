import { z } from "zod";

import { choice } from "./fields.server";

/** The language switch in the header: which language, and the page to go back to. */
export const LanguageSchema = z.object({
  lang: choice(["da", "en"]),
  redirectTo: z.string().optional(),
});
