// Which requests a browser sent from this site. Cookies go with cross-site requests
// too, so a state-changing request must show it came from one of our own pages.

/**
 * Same-origin unless a browser says otherwise. `Sec-Fetch-Site` (every current
 * browser) decides when present: `same-origin`, or `none` (typed by the person);
 * otherwise `Origin` must name this host (the request's `Host`, or the configured
 * public URL when a proxy rewrites `Host`). Requests with neither header come from
 * programs, not from a page a person was lured to, and pass.
 */
export function isSameOrigin(headers: Headers, publicUrl: () => string | undefined): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  const origin = headers.get('origin');
  if (origin === null) return true;
  const host = hostOf(origin);
  if (host === null) return false; // "null" (sandboxed frames, some redirects) or garbage
  if (host === headers.get('host')?.toLowerCase()) return true;
  const configured = publicUrl();
  return configured !== undefined && host === hostOf(configured);
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
