// A request's Cookie header, read the way Next.js reads it, for code that has the header
// but not Next.js's cookie store (route plumbing, next-auth callbacks).

/**
 * The cookies of a Cookie header: values URL-decoded (a value that does not decode is
 * left out), a name given twice holds its last value.
 */
export function cookiesFrom(header: string | null | undefined) {
  const byName = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (!name) continue;
    try {
      byName.set(name, decodeURIComponent(pair.slice(eq + 1).trim()));
    } catch { /* left out */ }
  }
  return [...byName].map(([name, value]) => ({ name, value }));
}

/** The value of one cookie in a Cookie header, null without it. */
export function cookieValue(header: string | null | undefined, name: string) {
  return cookiesFrom(header).find((c) => c.name === name)?.value ?? null;
}
