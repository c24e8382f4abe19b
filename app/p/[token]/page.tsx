import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { currentUser } from '@/lib/accounts/session';
import { sessionClaims } from '@/lib/auth/token';
import { getLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/messages';
import { tokenSchema } from '@/lib/pieces/share/schemas';
import { getSharedTicketOrThrow } from '@/lib/pieces/share/service';
import { publicImagePath, sharePagePath } from '@/lib/pieces/share/paths';
import { renderHash } from '@/lib/pieces/render/hash';
import { ownerLocale, ticketFacts } from '@/lib/pieces/render/source';
import { dateText, kindLabel } from '@/lib/pieces/render/data';
import { clip, tidy } from '@/lib/pieces/render/text';
import { publicOrigin } from '@/lib/pieces/public-origin';
import { SharedPiece } from '@/components/pieces/shared-piece';

type Props = { params: Promise<{ token: string }> };

/** The shared piece, or null (unknown, revoked, malformed, or private to someone else); once per request. */
const load = cache(async (token: string) => {
  if (!tokenSchema.safeParse(token).success) return null;
  try {
    const row = await getSharedTicketOrThrow(token, async () => (await currentUser())?.id ?? null);
    return { row, facts: ticketFacts(row), hash: renderHash(row) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
});

// Link previews speak the owner's language: they are the owner's words about their ticket.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const shared = await load(token);
  if (!shared) return { robots: { index: false } };
  const { row, facts, hash } = shared;
  const locale = ownerLocale(row);
  const t = translator(locale);
  const origin = await publicOrigin();
  const owner = tidy(facts.owner.name);
  const title = tidy(facts.title);
  const review = tidy(facts.review);
  const base = { owner, kind: kindLabel(facts.kind, locale), date: dateText(facts.date, locale) };
  const description = review ? t('ticket.page.ogDescriptionReview', { ...base, review: clip(review, 80) }) : t('ticket.page.ogDescription', base);
  const image = { url: origin + publicImagePath(token, hash, 'og'), width: 1200, height: 630, alt: t('ticket.page.imageAlt', { owner, title }), type: 'image/png' };
  return {
    title: { absolute: `${title} · ${t('app.name')}` },
    description,
    // A person's own record: shared by link, not listed by search engines.
    robots: { index: false, follow: false },
    openGraph: { type: 'website', url: origin + sharePagePath(token), title, description, siteName: t('app.name'), locale: locale === 'ko' ? 'ko_KR' : 'en_US', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

// /p/[token] — a shared piece: no account needed (a private piece: its owner only)
export default async function SharedPiecePage({ params }: Props) {
  const { token } = await params;
  const shared = await load(token);
  if (!shared) notFound();
  const [locale, claims] = await Promise.all([getLocale(), sessionClaims()]);
  return (
    <SharedPiece
      t={translator(locale)}
      locale={locale}
      facts={shared.facts}
      isPublic={shared.row.isPublic}
      imageUrl={publicImagePath(token, shared.hash, 'story', 'webp')}
      // Signed in (by the cookie; the next page checks it properly): straight to a new piece.
      makeOwnHref={claims ? '/pieces/new' : '/signup'}
    />
  );
}
