// What a ticket shows: a plain object (no Prisma types, no Node imports) that the
// server fills from a piece and the browser preview receives as a prop, and the pure
// formatting both sides share, so a preview and its PNG read the same.
import koTicket from '@/messages/ko/ticket.json';
import enTicket from '@/messages/en/ticket.json';
import type { Locale } from '@/lib/i18n/config';
import { tidy } from './text';

export const TICKET_KINDS = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export interface TicketData {
  /** The language of the printed labels (the owner's). */
  locale: Locale;
  title: string;
  kind: TicketKind;
  /** YYYY-MM-DD, the day of the visit. */
  date: string;
  /** HH:MM */
  time: string | null;
  venue: string | null;
  seat: string | null;
  /** KRW */
  price: number | null;
  cast: string[];
  /** Half stars, 1..10. */
  rating: number | null;
  review: string | null;
  owner: { name: string; title: string | null };
  /** The piece's photo or its show's poster: a data URL on the server, any URL in a browser. */
  image: string | null;
  /** A tiny copy of the image (about 24 px), drawn enlarged as its soft, blurred backdrop. */
  imageSmall?: string | null;
  /** The AI-painted background, when there is one. */
  art: string | null;
  /** A short printed number, e.g. "No. 4F2A19", derived from the piece id. */
  serial: string;
}

const TEXTS = { ko: koTicket, en: enTicket } as const;
export const ticketTexts = (locale: Locale) => TEXTS[locale] ?? TEXTS.ko;

/** The weekday's short name in the owner's language ("토" / "Sat"). */
export function weekdayOf(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '';
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return ticketTexts(locale).labels.weekdays.split(',')[day] ?? '';
}

/** "2026.03.14 (토)" / "2026.03.14 Sat". */
export function dateText(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return tidy(date);
  const name = weekdayOf(date, locale);
  return `${m[1]}.${m[2]}.${m[3]} ${locale === 'ko' ? `(${name})` : name}`;
}

/** Month and day as big numerals: ["03", "14"]. */
export const dateParts = (date: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { year: m[1], month: m[2], day: m[3] } : { year: '', month: '', day: '' };
};

/** Thousands separators by hand: Intl data differs between a server and a phone. */
export function priceText(price: number | null, locale: Locale): string | null {
  if (price === null || !Number.isFinite(price)) return null;
  const amount = String(Math.round(price)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return ticketTexts(locale).labels.won.replace('{amount}', amount);
}

/** Five stars as 0 (empty), 1 (half) or 2 (full), from a rating in half stars. */
export function starFills(rating: number | null): (0 | 1 | 2)[] {
  const r = Math.max(0, Math.min(10, Math.round(rating ?? 0)));
  return [0, 1, 2, 3, 4].map((i) => Math.max(0, Math.min(2, r - i * 2)) as 0 | 1 | 2);
}

export const kindLabel = (kind: TicketKind, locale: Locale) => ticketTexts(locale).kinds[kind];
export const kindLatin = (kind: TicketKind, locale: Locale) => ticketTexts(locale).kindsLatin[kind];

/** A stable six-character serial from an id (FNV-1a), printed on the stub and drawn as the barcode. */
export function serialOf(id: string): string {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).toUpperCase().padStart(8, '0').slice(0, 6);
}
