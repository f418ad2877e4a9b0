import { copenhagenDate } from "./dates";
import { getEnv } from "./env.server";

/** Today's date in Europe/Copenhagen, or the `TODAY` setting when it is given. */
export function today(): string {
  return getEnv().TODAY ?? copenhagenDate(new Date());
}
