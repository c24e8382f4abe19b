// The embedded inbox the test runner starts (scripts/lib/mail-dev.mjs): read what the
// app mailed over HTTP, and pull the single-use link out of it.
import { BASE } from './client';

export interface InboxMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  date: string;
}

export const INBOX = process.env.MOA_DEV_INBOX_URL ?? 'http://127.0.0.1:1080';

export async function mailsTo(address: string): Promise<InboxMail[]> {
  const res = await fetch(`${INBOX}/api/messages?to=${encodeURIComponent(address)}`);
  if (!res.ok) throw new Error(`inbox answered ${res.status}`);
  return ((await res.json()) as { messages: InboxMail[] }).messages;
}

/** Wait for the `count`-th mail to an address (mail goes out after the response). */
export async function waitForMail(address: string, { count = 1, timeoutMs = 10_000 } = {}): Promise<InboxMail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count) return mails[0];
    if (Date.now() > end) throw new Error(`no mail #${count} to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The app link in a mail's text (e.g. `/reset-password`), as a URL, and its token. */
export function linkIn(mail: InboxMail, path: string) {
  const found = mail.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === path);
  if (!found) throw new Error(`no ${path} link in: ${mail.text}`);
  const url = new URL(found);
  return { url, token: url.searchParams.get('token') ?? '', sameSite: url.origin === new URL(BASE).origin };
}

let n = 0;
/** An address unique to this run. */
export const uniqueEmail = (prefix = 'm') => `${prefix}${Date.now().toString(36)}${++n}@example.test`;
