import { getT } from '@/lib/i18n/server';
import { EmptyState } from '@/components/ui/empty-state';

type Tab = 'chat' | 'pieces' | 'neighbourhood';

export async function tabMetadata(tab: Tab) {
  return { title: (await getT())(`${tab}.title`) };
}

/** A tab whose feature has nothing to show yet: its title and what to do next. */
export async function TabEmpty({ tab }: { tab: Tab }) {
  const t = await getT();
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t(`${tab}.title`)}</h1>
      <EmptyState title={t(`${tab}.emptyTitle`)} body={t(`${tab}.emptyBody`)} />
    </div>
  );
}
