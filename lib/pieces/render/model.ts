// The printable form of a ticket: every text already cleaned (emoji out, spaces folded),
// formatted in the owner's language and cut to what a layout has room for.
import { clip, tidy } from './text';
import { dateParts, dateText, weekdayOf, kindLabel, kindLatin, priceText, ticketTexts, type TicketData } from './data';
import type { Field } from './parts';
import { PALETTES, type Palette } from './themes';
import type { Theme } from './looks';

export interface TicketModel {
  p: Palette;
  labels: ReturnType<typeof ticketTexts>['labels'];
  title: string;
  kind: string;
  kindLatin: string;
  date: string;
  dateParts: { year: string; month: string; day: string };
  weekday: string;
  time: string | null;
  venue: string | null;
  seat: string | null;
  price: string | null;
  cast: string | null;
  rating: number | null;
  review: string | null;
  owner: string;
  ownerTitle: string | null;
  image: string | null;
  imageSmall: string | null;
  art: string | null;
  serial: string;
}

/** "홍광호, 박은태, 전미도 외 2명" style: the first names that fit, then how many more. */
export function castLine(cast: string[], locale: TicketData['locale'], max = 3): string | null {
  const names = cast.map(tidy).filter(Boolean);
  if (!names.length) return null;
  const shown = names.slice(0, max).join(', ');
  const more = names.length - max;
  if (more <= 0) return shown;
  return locale === 'ko' ? `${shown} 외 ${more}명` : `${shown} +${more}`;
}

export function ticketModel(data: TicketData, theme: Theme): TicketModel {
  const texts = ticketTexts(data.locale);
  const opt = (v: string | null | undefined, max: number) => {
    const t = tidy(v);
    return t ? clip(t, max) : null;
  };
  const review = tidy(data.review);
  return {
    p: PALETTES[theme] ?? PALETTES.grape,
    labels: texts.labels,
    title: tidy(data.title) || '—',
    kind: kindLabel(data.kind, data.locale) ?? texts.kinds.OTHER,
    kindLatin: kindLatin(data.kind, data.locale) ?? texts.kindsLatin.OTHER,
    date: dateText(data.date, data.locale),
    dateParts: dateParts(data.date),
    weekday: weekdayOf(data.date, data.locale),
    time: opt(data.time, 5),
    venue: opt(data.venue, 40),
    seat: opt(data.seat, 28),
    price: priceText(data.price, data.locale),
    cast: castLine(data.cast, data.locale),
    rating: data.rating,
    review: review ? clip(review, 140) : null,
    owner: clip(tidy(data.owner.name) || '—', 20),
    ownerTitle: opt(data.owner.title, 16),
    image: data.image,
    imageSmall: data.image ? data.imageSmall ?? null : null,
    art: data.art,
    serial: data.serial,
  };
}

/** The labelled details a layout prints, in order, without the empty ones. */
export function detailFields(m: TicketModel, which: ('date' | 'time' | 'when' | 'venue' | 'seat' | 'price' | 'cast')[]): Field[] {
  const all: Record<string, Field | null> = {
    date: { label: m.labels.date, value: m.date },
    time: m.time ? { label: m.labels.time, value: m.time } : null,
    when: { label: m.labels.date, value: m.time ? `${m.date} ${m.time}` : m.date, wide: true },
    venue: m.venue ? { label: m.labels.venue, value: m.venue, wide: true } : null,
    seat: m.seat ? { label: m.labels.seat, value: m.seat } : null,
    price: m.price ? { label: m.labels.price, value: m.price } : null,
    cast: m.cast ? { label: m.labels.cast, value: m.cast, wide: true } : null,
  };
  return which.map((k) => all[k]).filter((f): f is Field => f !== null);
}
