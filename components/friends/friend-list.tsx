'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { Avatar } from '@/components/ui/avatar';
import { useFriends, useSetFriendHidden } from '@/lib/friends/queries';
import type { FriendDto } from '@/lib/friends/schemas';
import { useErrorText } from './use-error-text';

/** My friends by name; hidden ones folded away below with a way back. */
export function FriendList() {
  const t = useTranslations();
  const friends = useFriends();

  if (friends.isPending) return <p role="status" className="text-sm text-neutral-600">{t('friends.loading')}</p>;
  if (friends.isError) {
    return (
      <div className="flex flex-col gap-3">
        <FormError message={t('friends.loadFailed')} />
        <Button variant="secondary" onClick={() => friends.refetch()}>{t('app.retry')}</Button>
      </div>
    );
  }
  const shown = friends.data.filter((f) => !f.hidden);
  const hidden = friends.data.filter((f) => f.hidden);

  return (
    <>
      <section aria-labelledby="friend-list-title" className="flex flex-col gap-3">
        <h2 id="friend-list-title" className="text-lg font-bold">{t('friends.listTitle', { count: shown.length })}</h2>
        {shown.length === 0 ? (
          <EmptyState title={t('friends.emptyTitle')} body={t('friends.emptyBody')} />
        ) : (
          <ul className="flex flex-col divide-y divide-neutral-100 rounded-2xl bg-white shadow-sm" aria-labelledby="friend-list-title">
            {shown.map((f) => <FriendRow key={f.id} friend={f} />)}
          </ul>
        )}
      </section>
      {hidden.length > 0 && (
        <details className="rounded-2xl bg-white p-4 shadow-sm">
          <summary className="min-h-12 cursor-pointer content-center text-base font-semibold">{t('friends.hiddenTitle', { count: hidden.length })}</summary>
          <p className="mb-2 text-sm text-neutral-600">{t('friends.hiddenBody')}</p>
          <ul className="flex flex-col divide-y divide-neutral-100">
            {hidden.map((f) => <FriendRow key={f.id} friend={f} />)}
          </ul>
        </details>
      )}
    </>
  );
}

function FriendRow({ friend }: { friend: FriendDto }) {
  const t = useTranslations('friends');
  const setHidden = useSetFriendHidden();
  const errorText = useErrorText();
  const label = friend.hidden ? t('unhideLabel', { name: friend.displayName }) : t('hideLabel', { name: friend.displayName });
  return (
    <li className="flex flex-col gap-2 px-3 py-2" data-testid="friend-row">
      <div className="flex items-center gap-2">
        <Link href={`/profile/${friend.id}`} className="flex min-h-14 min-w-0 flex-1 items-center gap-3 rounded-xl p-1 hover:bg-grape-50">
          <Avatar url={friend.avatarUrl} name={friend.displayName} size={48} />
          <span className="flex min-w-0 flex-col">
            <span className="truncate font-semibold">{friend.displayName}</span>
            {friend.statusMessage && <span className="truncate text-sm text-neutral-600">{friend.statusMessage}</span>}
          </span>
        </Link>
        <Button variant="ghost" className="shrink-0 px-3" aria-label={label} disabled={setHidden.isPending} onClick={() => setHidden.mutate({ userId: friend.id, hidden: !friend.hidden })}>
          {friend.hidden ? t('unhide') : t('hide')}
        </Button>
      </div>
      <FormError message={setHidden.error ? errorText(setHidden.error) : null} />
    </li>
  );
}
