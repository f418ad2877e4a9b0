/**
 * A redirect target that stays on this site: a path starting with one "/" (not "//" or "/\", which
 * browsers read as another host). Anything else becomes the fallback.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by browsers and could smuggle in "//".
  if (/\p{Cc}/u.test(value)) return fallback;
  // Re-serialised through URL, so non-ASCII characters are percent-encoded (a Location header is bytes).
  const url = new URL(value, "http://overblik.invalid");
  if (url.origin !== "http://overblik.invalid") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
