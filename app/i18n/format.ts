import { TIME_ZONE } from "../utils/dates";
import { type Lang, LOCALES } from "./i18n";

/**
 * Number, money and date formatting for the UI. Dates carry an explicit time zone so the server's
 * HTML and the browser's hydration agree. Formatters are cached: constructing Intl objects is slow.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `n:${lang}:${key}`;
  let f = cache.get(id) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(id, f);
  }
  return f;
}

function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d:${lang}:${key}`;
  let f = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...options });
    cache.set(id, f);
  }
  return f;
}

/** Whole kroner: `1.234.567 kr.` in Danish (with a no-break space), `DKK 1,234,567` in English. */
export function formatMoney(lang: Lang, kroner: number): string {
  return numberFormat(lang, "money", {
    style: "currency",
    currency: "DKK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(kroner);
}

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return numberFormat(lang, `num${fractionDigits}`, {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A share 0–1 as a whole percent: `42 %` in Danish, `42%` in English. */
export function formatPercent(lang: Lang, share: number, fractionDigits = 0): string {
  return numberFormat(lang, `pct${fractionDigits}`, { style: "percent", maximumFractionDigits: fractionDigits }).format(share);
}

/** An ISO date (YYYY-MM-DD) as `26. nov. 2026` / `26 Nov 2026`. */
export function formatDate(lang: Lang, isoDate: string): string {
  // Noon UTC is the same calendar day in Copenhagen all year round.
  return dateFormat(lang, "date", { day: "numeric", month: "short", year: "numeric" }).format(
    new Date(`${isoDate.slice(0, 10)}T12:00:00Z`),
  );
}

/**
 * An ISO date written out for running text, `3. april 2020` / `3 April 2020`: a sentence says "den 3. april
 * 2020", where tables and labels use the short `3. apr. 2020`.
 */
export function formatDateLong(lang: Lang, isoDate: string): string {
  return dateFormat(lang, "dateLong", { day: "numeric", month: "long", year: "numeric" }).format(
    new Date(`${isoDate.slice(0, 10)}T12:00:00Z`),
  );
}

/** An ISO timestamp as date and time in Copenhagen, written out for running text: `15. juni 2026 kl. 00.30`. */
export function formatDateTimeLong(lang: Lang, isoTimestamp: string): string {
  return dateFormat(lang, "datetimeLong", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(
    new Date(isoTimestamp),
  );
}

/** An ISO timestamp as date and time in Copenhagen. */
export function formatDateTime(lang: Lang, isoTimestamp: string): string {
  return dateFormat(lang, "datetime", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(isoTimestamp));
}

/**
 * A stored measured number as an input's value, so that saving the form unchanged gives the same number:
 * no thousands separators, a decimal comma in Danish and a point in English, as `parseMeasured` reads them.
 */
export function formatNumberForInput(lang: Lang, value: number): string {
  const plain = value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  return lang === "da" ? plain.replace(".", ",") : plain;
}
