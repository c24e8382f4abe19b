'use client';

// A group room's picture in its settings: any member may change or remove it.
import { Camera } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { roomImageApi } from '@/lib/chat/drawer-queries';
import type { RoomDetailDto } from '@/lib/chat/schemas';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

export function RoomImagePicker({ room, onChanged }: { room: RoomDetailDto; onChanged: () => void }) {
  const t = useTranslations('rooms.profile');
  const input = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function run(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setPercent(null);
    }
  }

  return (
    <div className="flex items-center gap-3">
      <Avatar url={room.imageUrl} name={room.name} size={56} />
      <div className="flex flex-1 flex-wrap gap-2">
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          className="sr-only"
          aria-label={t('change')}
          data-testid="room-image-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(() => { setPercent(0); return roomImageApi.set(room.id, file, (f) => setPercent(Math.round(f * 100))); });
          }}
        />
        <Button type="button" variant="secondary" onClick={() => input.current?.click()} disabled={percent !== null}>
          <Camera aria-hidden className="mr-1 h-5 w-5" />
          {percent !== null ? t('uploading', { percent }) : t('change')}
        </Button>
        {room.imageUrl && <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>{t('remove')}</Button>}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('remove')}
        body={t('removeConfirm')}
        confirmLabel={t('remove')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={() => { setConfirming(false); void run(() => roomImageApi.remove(room.id)); }}
        onCancel={() => setConfirming(false)}
      />
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
