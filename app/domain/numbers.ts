/**
 * Numbers typed by people (DESIGN.md): money is whole kroner with optional Danish thousands separators
 * (`1.234.567`, `1 234 567`); measured values follow the writer's language (`parseMeasured`). Anything
 * else is refused, never guessed.
 */
export type Parsed = { ok: true; value: number } | { ok: false; reason: "empty" | "not-a-number" | "decimals" | "ambiguous" | "too-large" };

const MAX_KRONER = 10_000_000_000; // ten billion: no housing-social activity comes near

export function parseKroner(input: string): Parsed {
  const s = input
    .normalize("NFKC")
    .trim()
    .replace(/\s*kr\.?$/i, "");
  if (s === "") return { ok: false, reason: "empty" };
  // Grouped with dots or (no-break) spaces in threes, or plain digits.
  const grouped = /^-?\d{1,3}([. \u00a0\u202f]\d{3})+$/.test(s) && new Set(s.replace(/[-\d]/g, "")).size === 1;
  if (!grouped && !/^-?\d+$/.test(s)) {
    return { ok: false, reason: /^-?[\d. ]*\d[.,]\d{1,2}$/.test(s) ? "decimals" : "not-a-number" };
  }
  const value = Number(s.replace(/[. \u00a0\u202f]/g, ""));
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_KRONER) return { ok: false, reason: "too-large" };
  return { ok: true, value };
}

/** How a person writes numbers: Danish `1.050,5`, English `1,050.5`. */
export type NumberLocale = "da" | "en";

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  da: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * A measured number (an indicator's baseline, target or actual) as a person writing in that language types
 * it (DESIGN.md): in Danish `12,5` is twelve and a half and `1.050` one thousand and fifty, a dot only
 * between groups of three digits; in English the reverse. Spaces may group thousands in either. Anything
 * else is refused as "ambiguous" when it could be a number in the other convention (`12.5` in Danish), so the
 * person is shown an example, never guessed at.
 */
export function parseMeasured(input: string, locale: NumberLocale): Parsed {
  const s = input.normalize("NFKC").trim();
  if (s === "") return { ok: false, reason: "empty" };
  const { group, decimal } = SEPARATORS[locale];
  const g = `[${group === "." ? "\\." : ","} \u00a0\u202f]`;
  const d = decimal === "." ? "\\." : ",";
  const plain = new RegExp(`^-?\\d+(${d}\\d+)?$`);
  const grouped = new RegExp(`^-?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  const oneKindOfGroup = new Set(s.replace(/^-/, "").split(decimal)[0]?.replace(/\d/g, "")).size <= 1;
  if (plain.test(s) || (grouped.test(s) && oneKindOfGroup)) {
    const value = Number(
      s
        .replace(/[ \u00a0\u202f]/g, "")
        .split(group)
        .join("")
        .replace(decimal, "."),
    );
    if (!Number.isFinite(value) || Math.abs(value) > 1e12) return { ok: false, reason: "too-large" };
    return { ok: true, value };
  }
  // A number in the other language's convention (or with separators in the wrong places).
  if (/^-?[\d., \u00a0\u202f]*\d$/.test(s)) return { ok: false, reason: "ambiguous" };
  return { ok: false, reason: "not-a-number" };
}
