// The site's public origin for absolute URLs in link previews (og:image must be absolute):
// the configured NEXTAUTH_URL, else the host the request came to.
import { headers } from 'next/headers';
import { env } from '@/lib/env';

export async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0].trim() ?? (/^(localhost|127\.)/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}
