/**
 * Cross-site request protection: a state-changing request must come from a page of ours. Browsers send
 * `Origin` on every POST; where a privacy setting removes it, `Referer` is used instead. Neither → refused.
 */
export function isSameOriginRequest(headers: { origin?: string; referer?: string }, allowedOrigins: string[]): boolean {
  const claimed = headers.origin ?? originOf(headers.referer);
  if (!claimed || claimed === "null") return false;
  return allowedOrigins.includes(claimed);
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
