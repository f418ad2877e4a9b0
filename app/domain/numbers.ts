/**
 * Numbers typed by people (DESIGN.md): money is whole kroner with optional Danish thousands separators
 * (`1.234.567`, `1 234 567`); indicator values take a decimal comma or point (`12,5`). Anything else is
 * refused, never guessed.
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

export function parseIndicatorValue(input: string): Parsed {
  const s = input.normalize("NFKC").trim();
  if (s === "") return { ok: false, reason: "empty" };
  // "12.500" or "1,234" could be a decimal or a thousands-separated whole number, depending on who
  // typed it; "1.234,5" uses a thousands separator. Refuse rather than guess.
  if (/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(s) || (/^-?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(s) && /[.,].*[.,]/.test(s))) {
    return { ok: false, reason: "ambiguous" };
  }
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return { ok: false, reason: "not-a-number" };
  const value = Number(s.replace(",", "."));
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) return { ok: false, reason: "too-large" };
  return { ok: true, value };
}
