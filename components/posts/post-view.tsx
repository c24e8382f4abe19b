'use client';

// One group order: its details live, join/leave, the way to its room, and the author's
// tools (close, reopen, delivered, edit, delete, remove a member or lift a ban).
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { usePost, usePostActions, usePostLive, usePostMembers } from '@/lib/posts/queries';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { ConfirmButton } from './confirm-button';
import { StatusBadge, TimeLeft } from './post-card';
import { useNow } from './neighbourhood-home';

export function PostView({ postId }: { postId: string }) {
  const t = useTranslations('posts.ui.view');
  const tc = useTranslations('posts.categories');
  const tl = useTranslations('posts.ui.list');
  const router = useRouter();
  const now = useNow();
  const q = usePost(postId);
  const post = q.data;
  usePostLive(post);
  const inRoom = post?.me === 'author' || post?.me === 'member';
  const members = usePostMembers(postId, !!inRoom);
  const act = usePostActions(postId);
  const pending = Object.values(act).some((m) => m.isPending);
  const error = Object.values(act).find((m) => m.error)?.error?.message;

  if (q.isError) {
    return (
      <div className="flex flex-col gap-3" role="alert" data-testid="post-gone">
        <p className="rounded-2xl bg-white p-6 text-center text-neutral-700 shadow-sm">{t('gone')}</p>
        <Link href="/neighbourhood" className="text-center text-grape-700 underline">{t('back')}</Link>
      </div>
    );
  }
  if (!post) return <p aria-live="polite" className="text-neutral-600">…</p>;
  const won = (n: number) => t('won', { n: n.toLocaleString('ko-KR') });
  const isAuthor = post.me === 'author';
  const rows: [string, string][] = [
    [t('restaurant'), post.restaurant],
    [t('menu'), post.menu],
    [t('place'), post.place],
    [t('deadline'), new Date(post.deadline).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul', month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' })],
    [t('fee'), post.deliveryFee === null ? '' : `${won(post.deliveryFee)} · ${t('feeEach', { fee: (post.feePerPerson ?? 0).toLocaleString('ko-KR'), joined: post.joined })}`],
    [t('minOrder'), post.minOrder === null ? '' : won(post.minOrder)],
  ];

  return (
    <article className="flex flex-col gap-4" data-testid="post-view">
      <Link href="/neighbourhood" className="text-sm text-grape-700 underline">{t('back')}</Link>
      <header className="flex flex-col gap-2 rounded-2xl bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-center gap-2 text-sm text-neutral-600">
          <StatusBadge status={post.status} />
          <span>{tc(post.category)}</span>
          <span aria-hidden>·</span>
          <span>{post.distanceKm === 0 ? tl('here') : post.distanceKm === null ? post.area.name : t('distance', { name: post.area.name, km: post.distanceKm })}</span>
        </div>
        <h1 className="text-xl font-bold">{post.title}</h1>
        <p className="text-lg font-semibold text-grape-700" data-testid="post-joined" aria-live="polite">
          {post.joined}/{post.wanted}
          <span className="ml-2 text-sm font-normal text-neutral-700"><TimeLeft deadline={post.deadline} now={now} /></span>
        </p>
        {post.status !== 'RECRUITING' && post.closedReason && (
          <p className="text-sm text-neutral-700" data-testid="closed-reason">{t(`closedReason.${post.closedReason as 'author'}`)}</p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {rows.filter(([, v]) => v).map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-neutral-600">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        {post.body && <p className="whitespace-pre-wrap text-base">{post.body}</p>}
      </header>

      <div className="flex flex-wrap gap-2">
        {post.me === 'none' && post.status === 'RECRUITING' && <Button onClick={() => act.join.mutate(undefined)} disabled={pending}>{t('join')}</Button>}
        {inRoom && <Link href={`/chat/${post.roomId}`} className="inline-flex min-h-12 items-center rounded-xl bg-grape-600 px-5 font-semibold text-white">{t('openChat')}</Link>}
        {post.me === 'member' && <ConfirmButton label={t('leave')} question={t('leaveConfirm')} onConfirm={() => act.leave.mutate(undefined)} disabled={pending} />}
        {isAuthor && post.status === 'RECRUITING' && <Button variant="secondary" onClick={() => act.status.mutate('close')} disabled={pending}>{t('close')}</Button>}
        {isAuthor && post.status === 'CLOSED' && post.joined < post.wanted && new Date(post.deadline).getTime() > now && (
          <Button variant="secondary" onClick={() => act.status.mutate('reopen')} disabled={pending}>{t('reopen')}</Button>
        )}
        {isAuthor && post.status !== 'DONE' && <Button variant="secondary" onClick={() => act.status.mutate('deliver')} disabled={pending}>{t('deliver')}</Button>}
        {isAuthor && post.status !== 'DONE' && <Link href={`/neighbourhood/posts/${post.id}/edit`} className="inline-flex min-h-12 items-center rounded-xl border border-grape-200 bg-white px-5 font-semibold text-grape-700">{t('edit')}</Link>}
        {isAuthor && (
          <ConfirmButton variant="danger" label={t('delete')} question={t('deleteConfirm')} disabled={pending}
            onConfirm={() => act.remove.mutate(undefined, { onSuccess: () => router.push('/neighbourhood') })} />
        )}
      </div>
      <FormError message={error} />

      {inRoom && members.data && (
        <section className="flex flex-col gap-2 rounded-2xl bg-white p-5 shadow-sm" aria-labelledby="members-title">
          <h2 id="members-title" className="font-bold">{t('members')}</h2>
          <ul className="flex flex-col gap-2" data-testid="post-members">
            {members.data.members.map((m) => (
              <li key={m.id} className="flex items-center gap-3">
                <Avatar url={m.avatarUrl} name={m.displayName} size={36} />
                <span className="flex-1">{m.displayName}{m.author ? ` · ${t('author')}` : ''}</span>
                {isAuthor && !m.author && (
                  <ConfirmButton label={t('ban')} question={t('banConfirm', { name: m.displayName })} onConfirm={() => act.ban.mutate(m.id)} disabled={pending} />
                )}
              </li>
            ))}
          </ul>
          {isAuthor && members.data.banned.length > 0 && (
            <>
              <h3 className="mt-2 text-sm font-semibold text-neutral-600">{t('banned')}</h3>
              <ul className="flex flex-col gap-2">
                {members.data.banned.map((m) => (
                  <li key={m.id} className="flex items-center gap-3">
                    <Avatar url={m.avatarUrl} name={m.displayName} size={32} />
                    <span className="flex-1 text-neutral-600">{m.displayName}</span>
                    <Button variant="ghost" onClick={() => act.unban.mutate(m.id)} disabled={pending}>{t('unban')}</Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </article>
  );
}
