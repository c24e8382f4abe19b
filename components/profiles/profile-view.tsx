'use client';

import Image from 'next/image';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/friends/use-error-text';
import { useAddFriend, useOpenDirectRoom } from '@/lib/friends/queries';
import { useProfile } from '@/lib/profiles/queries';
import type { ProfileDto } from '@/lib/profiles/schemas';

/** Someone's profile: background, photo, name, status, and what I can do with them. */
export function ProfileView({ initial }: { initial: ProfileDto }) {
  const t = useTranslations('profile');
  const router = useRouter();
  const p = useProfile(initial.id, initial).data ?? initial;
  const openRoom = useOpenDirectRoom();
  const add = useAddFriend();
  const errorText = useErrorText();
  const error = openRoom.error ?? add.error;

  function startChat() {
    openRoom.mutate(p.id, { onSuccess: (roomId) => router.push(`/chat/${roomId}`) });
  }

  return (
    <article className="flex flex-col gap-4" aria-labelledby="profile-name">
      <Link href="/chat/friends" className="inline-flex min-h-12 w-fit items-center text-sm font-medium text-grape-700 hover:underline">
        <span aria-hidden>←&nbsp;</span>{t('back')}
      </Link>
      <div className="overflow-hidden rounded-2xl bg-white shadow-sm">
        <div className="relative h-44 bg-gradient-to-br from-grape-200 to-grape-500 sm:h-56">
          {p.backgroundUrl && <Image src={p.backgroundUrl} alt={t('backgroundAlt', { name: p.displayName })} fill unoptimized className="object-cover" />}
        </div>
        <div className="-mt-12 flex flex-col items-center gap-2 px-5 pb-6 text-center">
          <div className="relative rounded-full border-4 border-white bg-white text-3xl" role="img" aria-label={t('avatarAlt', { name: p.displayName })}>
            <Avatar url={p.avatarUrl} name={p.displayName} size={96} />
          </div>
          <h1 id="profile-name" className="text-2xl font-bold">{p.displayName}</h1>
          {p.isFriend && (
            <span className="rounded-full bg-grape-50 px-3 py-1 text-xs font-semibold text-grape-700">{t('friendBadge')}</span>
          )}
          <p className={`max-w-md break-words ${p.statusMessage ? 'text-neutral-800' : 'text-neutral-500'}`}>{p.statusMessage || t('noStatus')}</p>
          <div className="mt-3 flex w-full max-w-xs flex-col gap-2">
            {p.isMe && (
              <Link href="/me" className="inline-flex min-h-12 items-center justify-center rounded-xl border border-grape-200 px-5 font-semibold text-grape-700 hover:bg-grape-50">
                {t('editMine')}
              </Link>
            )}
            {!p.isMe && p.isFriend && (
              <Button onClick={startChat} disabled={openRoom.isPending || openRoom.isSuccess}>
                {openRoom.isPending || openRoom.isSuccess ? t('openingChat') : t('directChat')}
              </Button>
            )}
            {!p.isMe && !p.isFriend && (
              <Button onClick={() => add.mutate({ userId: p.id })} disabled={add.isPending}>{t('addFriend')}</Button>
            )}
            <FormError message={error ? errorText(error) : null} />
          </div>
        </div>
      </div>
    </article>
  );
}
