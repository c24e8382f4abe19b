'use client';

// The in-app photo viewer: full screen over the room, the room's photos and videos in
// order (the drawer's media list), swipe or arrows to move, download the original, jump
// to the message. On a phone the back button closes it (a history entry of its own).
import { ChevronLeft, ChevronRight, Download, MessageSquareText, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import type { DrawerItemDto } from '@/lib/chat/drawer-schemas';
import { drawerItems, useDrawer } from '@/lib/chat/drawer-queries';
import { dayLabel, timeLabel } from './format';
import { useDialog } from './use-dialog';

interface Props {
  roomId: string;
  start: DrawerItemDto;
  onClose: () => void;
  onJump: (seq: number) => void;
}

const SWIPE_PX = 50;
const iconButton = 'flex min-h-11 min-w-11 items-center justify-center rounded-full text-white hover:bg-white/15 disabled:opacity-30';

export function PhotoViewer({ roomId, start, onClose, onJump }: Props) {
  const t = useTranslations('rooms.viewer');
  const locale = useLocale();
  const media = useDrawer(roomId, 'media');
  const items = drawerItems(media.data?.pages).filter((i) => i.attachment);
  const [currentId, setCurrentId] = useState(start.messageId);
  const index = items.findIndex((i) => i.messageId === currentId);
  const current = index >= 0 ? items[index] : start;
  const touchX = useRef<number | null>(null);
  const pendingJump = useRef<number | null>(null);
  const pushed = useRef(false);

  // The opened photo may be older than the first page: read on until it is found.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = media;
  const missing = index < 0 && media.isSuccess;
  const nearEnd = index >= 0 && index >= items.length - 2;
  useEffect(() => {
    if ((missing || nearEnd) && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [missing, nearEnd, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Its own history entry: the phone's back button closes the viewer, not the room.
  const done = useRef(() => {});
  useEffect(() => {
    done.current = () => {
      onClose();
      if (pendingJump.current !== null) onJump(pendingJump.current);
    };
  });
  useEffect(() => {
    if (!pushed.current) {
      pushed.current = true;
      window.history.pushState({ ...window.history.state, moaViewer: true }, '');
    }
    const onPop = () => done.current();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const close = () => {
    if (window.history.state?.moaViewer) window.history.back();
    else done.current();
  };
  const jump = () => {
    pendingJump.current = current.seq;
    close();
  };

  // Newest first: an older photo is further down the list.
  const older = index >= 0 && index + 1 < items.length ? items[index + 1] : null;
  const newer = index > 0 ? items[index - 1] : null;
  const go = (to: DrawerItemDto | null) => to && setCurrentId(to.messageId);

  const ref = useDialog<HTMLDivElement>(close);
  const a = current.attachment!;
  const name = current.sender?.displayName ?? '';

  return (
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-label={t('title')}
      data-testid="photo-viewer"
      className="fixed inset-0 z-50 flex flex-col bg-black text-white"
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') go(older);
        if (e.key === 'ArrowRight') go(newer);
      }}
      onTouchStart={(e) => { touchX.current = e.touches[0]?.clientX ?? null; }}
      onTouchEnd={(e) => {
        const from = touchX.current;
        touchX.current = null;
        const to = e.changedTouches[0]?.clientX;
        if (from === null || to === undefined || Math.abs(to - from) < SWIPE_PX) return;
        go(to < from ? newer : older);
      }}
    >
      <header className="flex items-center gap-2 px-2 py-2">
        <button type="button" onClick={close} className={iconButton} aria-label={t('close')}><X aria-hidden /></button>
        <p className="min-w-0 flex-1 truncate text-sm">
          <span className="font-semibold">{name}</span>
          <span className="ml-2 text-white/70">{dayLabel(current.createdAt, locale)} {timeLabel(current.createdAt, locale)}</span>
        </p>
        <a href={`${a.url}?variant=download`} download={a.fileName} className={iconButton} aria-label={t('download')} data-testid="viewer-download"><Download aria-hidden /></a>
        <button type="button" onClick={jump} className={iconButton} aria-label={t('jump')} data-testid="viewer-jump"><MessageSquareText aria-hidden /></button>
      </header>
      <div className="relative flex min-h-0 flex-1 items-center justify-center">
        {current.kind === 'VIDEO' ? (
          <video key={a.id} src={a.url} controls className="max-h-full max-w-full" />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element -- authenticated file route
          <img key={a.id} src={a.url} alt={a.fileName} className="max-h-full max-w-full object-contain" data-testid="viewer-image" />
        )}
        <button type="button" onClick={() => go(older)} disabled={!older} className={`${iconButton} absolute left-2 top-1/2 -translate-y-1/2 bg-black/40`} aria-label={t('prev')}>
          <ChevronLeft aria-hidden />
        </button>
        <button type="button" onClick={() => go(newer)} disabled={!newer} className={`${iconButton} absolute right-2 top-1/2 -translate-y-1/2 bg-black/40`} aria-label={t('next')}>
          <ChevronRight aria-hidden />
        </button>
      </div>
      <p className="px-4 py-2 text-center text-xs text-white/60">{t('hint')}</p>
    </div>
  );
}
