import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { dataDir, getEnv } from "./env.server";

let cached: string | undefined;

/**
 * The session-signing secret: `SESSION_SECRET` when given, else one generated on first start and kept
 * in the data folder (readable by the owner only), so `npm start` needs no configuration and sessions
 * survive a restart.
 */
export function sessionSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.SESSION_SECRET) {
    cached = env.SESSION_SECRET;
    return cached;
  }
  const file = path.join(dataDir(env), "session-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const generated = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx": only if no file exists yet, so two processes starting at once agree on one secret.
    fs.writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: "wx" });
    console.log(`Generated a session secret in ${file}`);
    cached = generated;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    cached = fs.readFileSync(file, "utf8").trim();
  }
  return cached;
}
