'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { chatApi } from '@/lib/chat/queries';
import type { RoomDetailDto } from '@/lib/chat/schemas';
import { showIdOfTopic } from '@/lib/chat/topics';
import { Button } from '@/components/ui/button';
import { RoomImagePicker } from './room-image-picker';
import { Bell, BellOff } from 'lucide-react';

export function RoomSettings({ room, meId, onChanged, onOpenDrawer }: { room: RoomDetailDto; meId: string; onChanged: () => void; onOpenDrawer?: () => void }) {
  const t = useTranslations('chat');
  const td = useTranslations('rooms.drawer');
  const router = useRouter();
  const [name, setName] = useState(room.name);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('loadError'));
    }
  };

  return (
    <div className="flex flex-col gap-3 border-b border-neutral-200 bg-white p-3">
      {onOpenDrawer && <Button type="button" variant="secondary" onClick={onOpenDrawer}>{td('open')}</Button>}
      <Button type="button" variant="secondary" onClick={() => run(() => chatApi.setMuted(room.id, !room.muted))} aria-pressed={room.muted}>
        {room.muted ? <Bell aria-hidden className="mr-2 size-5" /> : <BellOff aria-hidden className="mr-2 size-5" />}
        {room.muted ? t('unmute') : t('mute')}
      </Button>
      {room.canManage && (
        <>
          <RoomImagePicker room={room} onChanged={onChanged} />
          <form className="flex items-end gap-2" onSubmit={(e) => { e.preventDefault(); void run(() => chatApi.renameGroup(room.id, name)); }}>
            <label className="flex flex-1 flex-col text-xs font-medium">
              {t('roomName')}
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={50} className="min-h-11 rounded-xl border border-neutral-300 px-3 text-base" />
            </label>
            <Button type="submit">{t('save')}</Button>
          </form>
          <Button type="button" variant="secondary" onClick={() => router.push(`/chat/new?roomId=${room.id}`)}>{t('invite')}</Button>
          <Button
            type="button"
            variant="danger"
            onClick={() => {
              if (!window.confirm(t('leaveConfirm'))) return;
              void run(async () => {
                await chatApi.leaveGroup(room.id);
                router.replace('/chat');
              });
            }}
          >
            {t('leave')}
          </Button>
        </>
      )}
      {(room.kind === 'OPEN' || room.kind === 'DIRECT') && <LeaveButtons room={room} meId={meId} run={run} />}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}

/** Leave an open or 1:1 room; a 1:1 room can also be left with its other person blocked. */
function LeaveButtons({ room, meId, run }: { room: RoomDetailDto; meId: string; run: (fn: () => Promise<unknown>) => Promise<void> }) {
  const t = useTranslations('chat');
  const tc = useTranslations('cakes.chat');
  const router = useRouter();
  const other = room.kind === 'DIRECT' ? room.members.find((m) => m.id !== meId) ?? null : null;
  const showId = showIdOfTopic(room.topic);
  const leave = (block: boolean) =>
    run(async () => {
      await chatApi.leaveGroup(room.id);
      if (block && other) await chatApi.block(other.id);
      router.replace(showId ? `/cakes/${showId}` : '/chat');
    });
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" onClick={() => { if (window.confirm(room.kind === 'OPEN' ? t('leaveConfirm') : tc('leaveDirectConfirm'))) void leave(false); }}>
        {t('leave')}
      </Button>
      {other && (
        <Button type="button" variant="danger" onClick={() => { if (window.confirm(tc('blockConfirm', { name: other.displayName }))) void leave(true); }}>
          {tc('leaveAndBlock')}
        </Button>
      )}
    </div>
  );
}
