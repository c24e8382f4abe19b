import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { getLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/messages';
import { shareTokenSchema } from '@/lib/pieces/stats-schemas';
import { getSharedCard } from '@/lib/pieces/stats-share';
import { publicOrigin } from '@/lib/pieces/public-origin';
import { YearCardSummary } from '@/components/pieces/stats/year-card-summary';

type Props = { params: Promise<{ token: string }> };

/** The shared card, or null (unknown, revoked or malformed token); once per request. */
const load = cache(async (token: string) => {
  if (!shareTokenSchema.safeParse(token).success) return null;
  try {
    return await getSharedCard(token);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
});

// Link previews: the card's owner's language decides the text of the preview and its locale.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await load((await params).token);
  if (!shared) return { robots: { index: false } };
  const { card, share } = shared;
  const t = translator(card.locale);
  const origin = await publicOrigin();
  const title = t('titles.public.title', { name: card.name, year: card.year });
  const kinds = card.kinds.slice(0, 3).map((k) => t('titles.card.kindCount', { kind: t(`titles.kinds.${k.kind}`), count: k.count })).join(' · ');
  const description = card.total ? t('titles.public.description', { year: card.year, count: card.total, kinds }) : t('titles.public.descriptionEmpty', { year: card.year });
  const image = { url: origin + share.ogImageUrl, width: 1200, height: 630, alt: t('titles.share.previewAlt', { name: card.name, year: card.year }), type: 'image/png' };
  return {
    title: { absolute: title },
    description,
    robots: { index: false, follow: false },
    openGraph: { type: 'website', url: origin + share.url, title, description, siteName: t('app.name'), locale: card.locale === 'ko' ? 'ko_KR' : 'en_US', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

// /y/[token] — a shared year card: public, no account needed
export default async function YearCardPage({ params }: Props) {
  const shared = await load((await params).token);
  if (!shared) notFound();
  const { card, share } = shared;
  const t = translator(await getLocale());
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col gap-5 px-4 py-8 md:max-w-4xl">
      <h1 className="text-2xl font-bold">{t('titles.public.title', { name: card.name, year: card.year })}</h1>
      <div className="grid items-start gap-5 md:grid-cols-[minmax(0,24rem)_1fr]">
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG served with its own long cache headers */}
        <img src={share.storyImageUrl} width={1080} height={1920} alt={t('titles.share.previewAlt', { name: card.name, year: card.year })} className="h-auto w-full rounded-2xl shadow-md" />
        <div className="flex flex-col gap-5">
          <YearCardSummary card={card} />
          <section className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
            <p className="text-sm text-neutral-700">{t('titles.public.ctaHelp')}</p>
            <Link href="/signup" className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">
              {t('titles.public.cta')}
            </Link>
          </section>
        </div>
      </div>
    </main>
  );
}
