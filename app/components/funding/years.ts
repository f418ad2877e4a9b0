import { type Lang, LOCALES } from "../../i18n/i18n";

/**
 * Years as people write them: runs as ranges, joined as a list (`2026–2028`, `2025–2028 og 2030`). Years are
 * passed to messages as this text, never as numbers (a number would get a thousands separator: 2.026).
 */
/** One list formatter per language: building an Intl formatter costs far more than formatting with it. */
const listFormats = new Map<Lang, Intl.ListFormat>();

export function formatYears(lang: Lang, years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  const parts = runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`));
  let list = listFormats.get(lang);
  if (!list) listFormats.set(lang, (list = new Intl.ListFormat(LOCALES[lang], { type: "conjunction" })));
  return list.format(parts);
}
