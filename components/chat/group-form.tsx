'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { chatApi, chatKeys } from '@/lib/chat/queries';
import { useFriends } from '@/lib/friends/queries';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';

/** Create a group room from friends, or (with roomId) invite friends to one. */
export function GroupForm({ roomId }: { roomId?: string }) {
  const t = useTranslations('chat');
  const router = useRouter();
  const qc = useQueryClient();
  const friends = useFriends();
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const toggle = (id: string) => setPicked((p) => { const n = new Set(p); if (n.has(id)) n.delete(id); else n.add(id); return n; });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const memberIds = [...picked];
      const target = roomId
        ? (await chatApi.inviteToGroup(roomId, memberIds), roomId)
        : await chatApi.createGroup(name, memberIds);
      await qc.invalidateQueries({ queryKey: chatKeys.all });
      router.push(`/chat/${target}`);
    } catch (err) {
      setError(err instanceof ApiError && err.message ? err.message : t('loadError'));
      setPending(false);
    }
  }

  const visible = (friends.data ?? []).filter((f) => !f.hidden);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 p-4">
      <h1 className="text-xl font-bold">{roomId ? t('invite') : t('newGroup')}</h1>
      {!roomId && <TextField label={t('groupName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={50} required />}
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-2 text-sm font-semibold">{t('pickFriends')}</legend>
        {friends.isSuccess && visible.length === 0 && (
          <p className="text-sm text-neutral-600">{t('noFriends')} <Link href="/chat/friends" className="font-semibold text-grape-700 underline">{t('friendsLink')}</Link></p>
        )}
        {visible.map((f) => (
          <label key={f.id} className="flex min-h-14 cursor-pointer items-center gap-3 rounded-xl px-2 hover:bg-grape-50">
            <input type="checkbox" checked={picked.has(f.id)} onChange={() => toggle(f.id)} className="h-5 w-5 accent-grape-600" />
            <Avatar url={f.avatarUrl} name={f.displayName} size={36} />
            <span className="font-medium">{f.displayName}</span>
          </label>
        ))}
      </fieldset>
      <FormError message={error} />
      <Button type="submit" disabled={pending || picked.size === 0 || (!roomId && !name.trim())}>{roomId ? t('invite') : t('create')}</Button>
    </form>
  );
}
