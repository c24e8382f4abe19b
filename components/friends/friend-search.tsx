'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { Avatar } from '@/components/ui/avatar';
import { loginIdSchema } from '@/lib/accounts/schemas';
import { useAddFriend, useSetFriendHidden, useUserSearch } from '@/lib/friends/queries';
import type { UserSearchResultDto } from '@/lib/friends/schemas';
import { useErrorText } from './use-error-text';

/** Find a person by exact login ID and add them. */
export function FriendSearch() {
  const t = useTranslations();
  const [input, setInput] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string>();
  const search = useUserSearch(submitted);
  const errorText = useErrorText();

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const check = loginIdSchema.safeParse(input);
    if (!check.success) return setInputError(t(check.error.issues[0].message as never));
    setInputError(undefined);
    setSubmitted(check.data.toLowerCase());
  }

  return (
    <section className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm" aria-labelledby="friend-search-title">
      <h2 id="friend-search-title" className="text-lg font-bold">{t('friends.searchTitle')}</h2>
      <form onSubmit={onSubmit} className="flex items-start gap-2" role="search" noValidate>
        <div className="flex-1">
          <TextField
            label={t('friends.searchLabel')}
            hint={t('friends.searchHint')}
            error={inputError}
            name="loginId"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </div>
        <Button type="submit" className="mt-6 shrink-0" disabled={search.isFetching}>
          {search.isFetching ? t('friends.searching') : t('friends.searchButton')}
        </Button>
      </form>
      {submitted && search.isError && <FormError message={errorText(search.error)} />}
      {submitted && search.isSuccess && !search.data && (
        <p role="status" className="rounded-xl bg-neutral-100 px-4 py-3 text-sm text-neutral-700">
          {t('friends.searchNotFound', { loginId: submitted })}
        </p>
      )}
      {search.data && <SearchResult key={search.data.id} user={search.data} />}
    </section>
  );
}

function SearchResult({ user }: { user: UserSearchResultDto }) {
  const t = useTranslations('friends');
  const add = useAddFriend();
  const unhide = useSetFriendHidden();
  const errorText = useErrorText();
  const error = add.error ?? unhide.error;

  let action: React.ReactNode;
  if (user.isMe) action = <span className="text-sm font-medium text-neutral-600">{t('isMe')}</span>;
  else if (user.isFriend && user.hidden) {
    action = (
      <Button variant="secondary" disabled={unhide.isPending} onClick={() => unhide.mutate({ userId: user.id, hidden: false })} aria-label={t('unhideLabel', { name: user.displayName })}>
        {t('unhide')}
      </Button>
    );
  } else if (user.isFriend) action = <span className="text-sm font-medium text-grape-700">{t('alreadyFriend')}</span>;
  else {
    action = (
      <Button disabled={add.isPending} onClick={() => add.mutate({ userId: user.id })}>
        {add.isPending ? t('adding') : t('add')}
      </Button>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <section aria-label={t('searchResult')} className="flex items-center gap-3 rounded-2xl border border-grape-100 p-3" data-testid="friend-search-result">
        <Avatar url={user.avatarUrl} name={user.displayName} size={48} />
        <div className="min-w-0 flex-1">
          <p className="truncate font-bold">{user.displayName}</p>
          <p className="truncate text-sm text-neutral-600">@{user.loginId}</p>
        </div>
        {action}
      </section>
      {add.isSuccess && (
        <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('added', { name: add.data.displayName })}</p>
      )}
      <FormError message={error ? errorText(error) : null} />
    </div>
  );
}
