/** Date helpers on ISO `YYYY-MM-DD` strings. Calendar arithmetic is done in UTC so it never shifts a day. */

export const TIME_ZONE = "Europe/Copenhagen";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// en-CA formats as YYYY-MM-DD. Made once: a new Intl.DateTimeFormat costs about 50 times a format with it,
// and every request that needs today (each status update) asks.
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Copenhagen at the given instant. */
export function copenhagenDate(instant: Date): string {
  return dayFormat.format(instant);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" });

/** The UTC instant (ISO) at which the given calendar day starts in Copenhagen. */
export function copenhagenDayStartUtc(isoDate: string): string {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  // Copenhagen is UTC+1 or UTC+2; the offset at UTC midnight is the offset at local midnight (DST switches at 02:00/03:00).
  const name = offsetFormat.formatToParts(new Date(utcMidnight)).find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  const match = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 60;
  return new Date(utcMidnight - minutes * 60_000).toISOString();
}
