import { requirePageUser } from '@/lib/accounts/session';
import { listMyCircles } from '@/lib/circles/service';
import { getT } from '@/lib/i18n/server';
import { EmptyState } from '@/components/ui/empty-state';

export default async function HomePage() {
  const user = await requirePageUser();
  const [t, circles] = await Promise.all([getT(), listMyCircles(user.id)]);
  const role = (r: 'PARENT' | 'CHILD' | 'PARTNER') => t(r === 'PARENT' ? 'home.parent' : r === 'CHILD' ? 'home.child' : 'home.partner');
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('home.greeting', { name: user.displayName })}</h1>
      {circles.length === 0 ? (
        <EmptyState title={t('home.emptyTitle')} body={t('home.emptyBody')} />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {circles.map((c) => (
            <li key={c.id} className="rounded-2xl bg-white p-5 shadow-sm" data-testid="circle-card">
              <p className="text-xs font-semibold uppercase tracking-wide text-grape-600">
                {c.kind === 'FAMILY' ? t('home.family') : t('home.couple')}
              </p>
              <h2 className="mt-1 text-lg font-bold">{c.name}</h2>
              <p className="mt-1 text-sm text-neutral-600">{t('home.members', { count: c.members.length })}</p>
              <ul className="mt-3 flex flex-wrap gap-2">
                {c.members.map((m) => (
                  <li key={m.userId} className="rounded-full bg-grape-50 px-3 py-1 text-sm text-grape-800">
                    {m.deleted ? t('me.deletedUser') : m.displayName} · {role(m.role)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
