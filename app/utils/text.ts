/** Case-folds text for searching, with Danish letters folded too (Æ→æ, Ø→ø, Å→å). */
export function foldText(value: string): string {
  return value.normalize("NFC").toLocaleLowerCase("da-DK");
}

/** Escapes LIKE wildcards so a search for "50%" or "a_b" means what it says (used with ESCAPE '\'). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
