/**
 * A URL name (slug) from a display name, as areas and plans use them (`/areas/korsloekken`): lower case,
 * Danish letters spelled out (æ → ae, ø → oe, å → aa), other accents dropped, anything else a single "-".
 */
export const MAX_SLUG_LENGTH = 60;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

export function slugify(name: string): string {
  return name
    .toLocaleLowerCase("da-DK")
    .replace(/[æøå]/g, (c) => DANISH[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, "");
}
