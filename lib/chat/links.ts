// Links in a text message, as the room drawer lists them. Pure: the drawer extracts at
// read time (no table to keep in step with sends and deletions).

// A URL runs to the next space or bracket; quotes and angle brackets end it too.
const URL_RE = /https?:\/\/[^\s<>"'`()[\]{}]+/gi;
// Sentence punctuation right after a link belongs to the sentence, not the link.
const TRAILING = /[.,!?;:…~。、]+$/u;
export const MAX_LINKS_PER_MESSAGE = 10;
const MAX_URL = 2048;

export function extractLinks(body: string): { url: string; host: string }[] {
  const out: { url: string; host: string }[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(URL_RE)) {
    const raw = match[0].replace(TRAILING, '');
    if (raw.length > MAX_URL || seen.has(raw)) continue;
    let host: string;
    try {
      host = new URL(raw).hostname;
    } catch {
      continue;
    }
    if (!host) continue;
    seen.add(raw);
    out.push({ url: raw, host });
    if (out.length >= MAX_LINKS_PER_MESSAGE) break;
  }
  return out;
}
