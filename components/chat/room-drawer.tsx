'use client';

// 채팅방 서랍: the room's photos and videos (a grid), files and links (lists), newest
// first, a page at a time. A photo opens the viewer; every item can jump to its message.
import { Download, FileText, FolderOpen, Link as LinkIcon, MessageSquareText, Play, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { DRAWER_KINDS, type DrawerItemDto, type DrawerKind } from '@/lib/chat/drawer-schemas';
import { drawerItems, useDrawer } from '@/lib/chat/drawer-queries';
import { dayLabel, formatBytes } from './format';
import { useDialog } from './use-dialog';

interface Props {
  roomId: string;
  onClose: () => void;
  onJump: (seq: number) => void;
  onOpenPhoto: (item: DrawerItemDto) => void;
}

const EMPTY = { media: 'emptyMedia', files: 'emptyFiles', links: 'emptyLinks' } as const;
// A links page reads one window of history; after this many empty ones in a row, wait for a tap.
const AUTO_PAGES = 5;

export function RoomDrawer({ roomId, onClose, onJump, onOpenPhoto }: Props) {
  const t = useTranslations('rooms.drawer');
  const [kind, setKind] = useState<DrawerKind>('media');
  const ref = useDialog<HTMLDivElement>(onClose);
  return (
    <>
    {/* On a wide screen the drawer is a side sheet: a tap beside it closes it. */}
    <div aria-hidden className="fixed inset-0 z-40 hidden bg-black/30 md:block" onClick={onClose} />
    <div ref={ref} role="dialog" aria-modal="true" aria-labelledby="drawer-title" data-testid="room-drawer" className="fixed inset-0 z-40 flex flex-col bg-white md:left-auto md:w-[28rem] md:border-l md:border-neutral-200 md:shadow-xl">
      <header className="flex items-center gap-2 border-b border-neutral-200 px-2 py-2">
        <FolderOpen aria-hidden className="ml-2 text-grape-600" />
        <h2 id="drawer-title" className="flex-1 text-lg font-bold">{t('title')}</h2>
        <button type="button" onClick={onClose} className="flex min-h-11 min-w-11 items-center justify-center rounded-full hover:bg-grape-50" aria-label={t('close')}><X aria-hidden /></button>
      </header>
      <div role="tablist" aria-label={t('tabs')} className="flex border-b border-neutral-200">
        {DRAWER_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`drawer-tab-${k}`}
            aria-selected={kind === k}
            aria-controls="drawer-panel"
            onClick={() => setKind(k)}
            className={`min-h-12 flex-1 text-sm font-semibold ${kind === k ? 'border-b-2 border-grape-600 text-grape-700' : 'text-neutral-600'}`}
          >
            {t(k)}
          </button>
        ))}
      </div>
      <div id="drawer-panel" role="tabpanel" aria-labelledby={`drawer-tab-${kind}`} className="min-h-0 flex-1 overflow-y-auto p-3">
        <Section key={kind} roomId={roomId} kind={kind} onJump={onJump} onOpenPhoto={onOpenPhoto} />
      </div>
    </div>
    </>
  );
}

function Section({ roomId, kind, onJump, onOpenPhoto }: { roomId: string; kind: DrawerKind } & Pick<Props, 'onJump' | 'onOpenPhoto'>) {
  const t = useTranslations('rooms.drawer');
  const q = useDrawer(roomId, kind);
  const items = drawerItems(q.data?.pages);
  const pages = q.data?.pages ?? [];
  const emptyRun = pages.length - 1 - pages.findLastIndex((p) => p.items.length > 0);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = q;
  const keepReading = pages.length > 0 && pages[pages.length - 1].items.length === 0 && emptyRun < AUTO_PAGES;
  useEffect(() => {
    if (keepReading && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [keepReading, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (q.isPending) return <p role="status" className="p-4 text-center text-sm text-neutral-500">{t('loading')}</p>;
  if (q.isError) return <p role="alert" className="p-4 text-center text-sm text-red-700">{t('loadError')}</p>;
  return (
    <>
      {items.length === 0 && !hasNextPage && <p className="p-6 text-center text-sm text-neutral-600">{t(EMPTY[kind])}</p>}
      {kind === 'media' ? (
        <ul className="grid grid-cols-3 gap-1 md:grid-cols-4" aria-label={t('media')}>
          {items.map((i) => <MediaTile key={i.messageId} item={i} onOpen={() => onOpenPhoto(i)} />)}
        </ul>
      ) : (
        <ul className="flex flex-col divide-y divide-neutral-100" aria-label={t(kind)}>
          {items.map((i, n) => <Row key={`${i.messageId}-${n}`} item={i} onJump={() => onJump(i.seq)} />)}
        </ul>
      )}
      {hasNextPage && (
        <button type="button" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage} className="mx-auto mt-3 block min-h-11 rounded-full border border-grape-200 px-5 text-sm font-semibold text-grape-700">
          {isFetchingNextPage ? t('loading') : t('loadMore')}
        </button>
      )}
    </>
  );
}

function MediaTile({ item, onOpen }: { item: DrawerItemDto; onOpen: () => void }) {
  const t = useTranslations('rooms.drawer');
  const a = item.attachment!;
  return (
    <li>
      <button type="button" onClick={onOpen} className="relative block aspect-square w-full overflow-hidden rounded-md bg-neutral-100" aria-label={t('openPhoto', { name: a.fileName })} data-testid="drawer-item">
        {item.kind === 'VIDEO' || !a.thumbUrl ? (
          <span className="flex h-full w-full flex-col items-center justify-center gap-1 text-xs text-neutral-600"><Play aria-hidden />{t('video')}</span>
        ) : (
          // eslint-disable-next-line @next/next/no-img-element -- authenticated file route
          <img src={a.thumbUrl} alt="" loading="lazy" className="h-full w-full object-cover" />
        )}
      </button>
    </li>
  );
}

function Row({ item, onJump }: { item: DrawerItemDto; onJump: () => void }) {
  const t = useTranslations('rooms.drawer');
  const locale = useLocale();
  const a = item.attachment;
  const byline = `${item.sender?.displayName ?? ''} · ${dayLabel(item.createdAt, locale)}`;
  return (
    <li className="flex items-center gap-3 py-2" data-testid="drawer-item">
      <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-lg bg-grape-50 text-grape-700">
        {a ? <FileText /> : <LinkIcon />}
      </span>
      <span className="min-w-0 flex-1">
        {a ? (
          <span className="block truncate font-medium">{a.fileName}</span>
        ) : (
          <a href={item.link!.url} target="_blank" rel="noopener noreferrer" className="block truncate font-medium text-grape-700 underline-offset-2 hover:underline">{item.link!.url}</a>
        )}
        <span className="block truncate text-xs text-neutral-500">{a ? `${formatBytes(a.size)} · ` : `${item.link!.host} · `}{byline}</span>
      </span>
      {a && (
        <a href={`${a.url}?variant=download`} download={a.fileName} className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-grape-700 hover:bg-grape-50" aria-label={`${t('download')}: ${a.fileName}`}>
          <Download aria-hidden />
        </a>
      )}
      <button type="button" onClick={onJump} className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-grape-700 hover:bg-grape-50" aria-label={`${t('jump')}: ${a?.fileName ?? item.link!.url}`}>
        <MessageSquareText aria-hidden />
      </button>
    </li>
  );
}
