const BASE = "http://overblik.invalid";

/** "//host" and "/\host" (browsers read a backslash as a slash) name another host. */
function namesAnotherHost(path: string): boolean {
  return !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\");
}

/**
 * A redirect target that stays on this site: a path starting with one "/". Anything else becomes the
 * fallback. The check runs on the path as a browser will resolve it (dot segments, encoded dots and
 * backslashes resolved), since "/.//evil.example" or "/%2e/\evil.example" become "//evil.example" there.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (namesAnotherHost(value)) return fallback;
  // Control characters (tabs, newlines) are stripped by browsers and could smuggle in "//".
  if (/\p{Cc}/u.test(value)) return fallback;
  // Re-serialised through URL, so non-ASCII characters are percent-encoded (a Location header is bytes).
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return fallback;
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  if (namesAnotherHost(normalised)) return fallback;
  return normalised;
}
