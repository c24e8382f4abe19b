// The body of a shared piece's page (/p/<token>): the ticket picture, the facts, the
// review and a way to make one's own. Server-rendered; no account needed.
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { translator } from '@/lib/i18n/messages';
import { dateText, kindLabel, priceText, type TicketData } from '@/lib/pieces/render/data';
import { PALETTES } from '@/lib/pieces/render/themes';
import { Stars } from '@/lib/pieces/render/parts';
import { tidy } from '@/lib/pieces/render/text';

type Facts = Omit<TicketData, 'image' | 'imageSmall' | 'art'>;
type T = ReturnType<typeof translator>;

export function SharedPiece({ t, locale, facts, isPublic, imageUrl, makeOwnHref }: { t: T; locale: Locale; facts: Facts; isPublic: boolean; imageUrl: string; makeOwnHref: string }) {
  const owner = tidy(facts.owner.name);
  const title = tidy(facts.title);
  const rows: [string, string | null][] = [
    [t('ticket.labels.date'), [dateText(facts.date, locale), facts.time].filter(Boolean).join(' ')],
    [t('ticket.labels.venue'), facts.venue],
    [t('ticket.labels.seat'), facts.seat],
    [t('ticket.page.cast'), facts.cast.length ? facts.cast.join(', ') : null],
    [t('ticket.labels.price'), priceText(facts.price, locale)],
  ];
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col gap-5 px-4 py-8">
      {isPublic ? null : <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('ticket.page.ownerOnly')}</p>}
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-grape-700">{kindLabel(facts.kind, locale)}</p>
        <h1 className="text-2xl font-bold break-keep">{title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-neutral-700">
          {t('ticket.page.by', { owner })}
          {facts.owner.title ? <span className="rounded-full border border-grape-300 px-2 py-0.5 text-xs font-semibold text-grape-700">{facts.owner.title}</span> : null}
        </p>
      </header>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated image served with its own long cache headers */}
      <img src={imageUrl} width={1080} height={1920} fetchPriority="high" alt={t('ticket.page.imageAlt', { owner, title })} className="h-auto w-full rounded-2xl shadow-md" />
      <section className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
        {facts.rating ? (
          <div className="flex items-center gap-2" role="img" aria-label={`${t('ticket.labels.rating')} ${facts.rating / 2} / 5`}>
            <Stars rating={facts.rating} size={24} on={PALETTES.grape.accent} off={PALETTES.grape.starOff} gap={2} />
            <span className="text-sm font-semibold text-neutral-700">{(facts.rating / 2).toFixed(1)}</span>
          </div>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-neutral-500">{label}</dt>
              <dd className="font-medium break-keep">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {facts.review ? (
        <section className="flex flex-col gap-2 rounded-2xl bg-white p-5 shadow-sm">
          <h2 className="text-sm font-semibold text-neutral-500">{t('ticket.page.review')}</h2>
          <p className="whitespace-pre-line break-keep">{facts.review}</p>
        </section>
      ) : null}
      <section className="flex flex-col gap-3 rounded-2xl bg-grape-50 p-5">
        <p className="text-sm text-neutral-700">{t('ticket.page.makeOwnNote')}</p>
        <Link href={makeOwnHref} className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">
          {t('ticket.page.makeOwn')}
        </Link>
      </section>
    </main>
  );
}
