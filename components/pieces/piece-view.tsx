'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useDayLabel } from '@/components/missions/mission-meta';
import { ApiError } from '@/lib/api-client';
import { useDeletePiece, usePiece } from '@/lib/pieces/queries';
import type { PieceDto } from '@/lib/pieces/schemas';
import { ShareSlot, TicketSlot, type TicketPanel } from './piece-slots';
import { PieceThumb } from './piece-thumb';
import { Stars } from './stars';

function Info({ piece }: { piece: PieceDto }) {
  const t = useTranslations('pieces.piece');
  const dayLabel = useDayLabel();
  const rows: [string, React.ReactNode][] = [[t('when'), `${dayLabel(piece.date)}${piece.time ? ` ${piece.time}` : ''}`]];
  if (piece.venue) rows.push([t('venue'), piece.venue]);
  if (piece.seat) rows.push([t('seat'), piece.seat]);
  if (piece.cast.length) rows.push([t('cast'), piece.cast.join(', ')]);
  if (piece.price !== null) rows.push([t('price'), t('priceValue', { price: piece.price.toLocaleString('ko-KR') })]);
  if (piece.companions) rows.push([t('companions'), piece.companions]);
  if (piece.rating !== null) rows.push([t('rating'), <Stars key="r" rating={piece.rating} />]);
  return (
    <section aria-labelledby="piece-info" className="rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="piece-info" className="sr-only">{t('info')}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 text-sm">
        {rows.map(([k, val]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-neutral-600">{k}</dt>
            <dd className="min-w-0 break-words">{val}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Text({ title, body }: { title: string; body: string }) {
  return (
    <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
      <h2 className="font-bold">{title}</h2>
      <p className="whitespace-pre-wrap break-words break-keep leading-relaxed">{body}</p>
    </section>
  );
}

/** One piece: its ticket (or main photo), details, review, photos and note; edit and delete for its owner. */
export function PieceView({ initial, panel }: { initial: PieceDto; panel?: TicketPanel | null }) {
  const t = useTranslations('pieces.piece');
  const tp = useTranslations('pieces');
  const te = useTranslations('errors');
  const router = useRouter();
  const piece = usePiece(initial.id, initial).data ?? initial;
  const remove = useDeletePiece(piece.id);
  const [confirming, setConfirming] = useState(false);
  const back = `/pieces?month=${piece.date.slice(0, 7)}`;

  return (
    <article className="flex flex-col gap-4">
      <Link href={piece.isMine ? back : '/pieces'} className="inline-flex min-h-11 items-center self-start font-semibold text-grape-700 hover:underline">‹ {t('back')}</Link>
      <header className="flex flex-col gap-1.5">
        <p className="flex flex-wrap items-center gap-1.5 text-xs font-semibold">
          <span className="rounded-full bg-grape-100 px-2.5 py-1 text-grape-800">{tp(`kinds.${piece.kind}`)}</span>
          {piece.isMine && <span className="rounded-full bg-neutral-200 px-2.5 py-1 text-neutral-800" data-testid="visibility">{piece.isPublic ? tp('public') : tp('private')}</span>}
        </p>
        <h1 className="break-words text-2xl font-bold">{piece.title}</h1>
        {!piece.isMine && <p className="text-sm text-neutral-600">{t('by', { name: piece.owner.displayName })}</p>}
        <Link href={`/cakes/${piece.showId}`} className="inline-flex min-h-11 items-center self-start font-semibold text-grape-700 hover:underline" data-testid="to-cake">{t('toCake')} ›</Link>
      </header>

      <div className="flex flex-col gap-4 md:grid md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] md:items-start">
        <div className="flex flex-col gap-4">
          <TicketSlot piece={piece} panel={panel} />
          {piece.photo ? (
            <a href={piece.photo.url} target="_blank" rel="noopener" className="self-center">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own photo route */}
              <img src={piece.photo.url} alt={t('mainPhotoAlt', { title: piece.title })} width={piece.photo.width} height={piece.photo.height} className="max-h-[28rem] w-auto rounded-2xl object-contain shadow-sm" />
            </a>
          ) : (
            <PieceThumb piece={piece} className="h-40 w-30 self-center rounded-2xl text-5xl shadow-sm" />
          )}
          {piece.isMine && <ShareSlot piece={piece} panel={panel} />}
        </div>
        <div className="flex flex-col gap-4">
          <Info piece={piece} />
          {piece.review && <Text title={t('review')} body={piece.review} />}
        </div>
      </div>
      {piece.photos.length > 0 && (
        <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <h2 className="font-bold">{t('photos')}</h2>
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5" data-testid="piece-photos">
            {piece.photos.map((p, i) => (
              <li key={p.id}>
                <a href={p.url} target="_blank" rel="noopener" aria-label={t('openPhoto', { n: i + 1 })}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- our own photo route */}
                  <img src={p.thumbUrl} alt="" loading="lazy" className="aspect-square w-full rounded-lg object-cover" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {piece.note && <Text title={t('note')} body={piece.note} />}

      {piece.isMine && (
        <div className="flex gap-2">
          <Link href={`/pieces/${piece.id}/edit`} className="inline-flex min-h-12 flex-1 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{t('edit')}</Link>
          <button type="button" onClick={() => { remove.reset(); setConfirming(true); }} className="min-h-12 rounded-xl border border-red-200 bg-white px-5 font-semibold text-red-700 hover:bg-red-50">{t('delete')}</button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('deleteTitle')}
        body={t('deleteBody')}
        confirmLabel={t('deleteConfirm')}
        cancelLabel={tp('form.cancel')}
        busyLabel={t('deleting')}
        busy={remove.isPending}
        danger
        error={remove.isError ? (remove.error instanceof ApiError && remove.error.message ? remove.error.message : te('network')) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => { setConfirming(false); router.push(back); } })}
      />
    </article>
  );
}
