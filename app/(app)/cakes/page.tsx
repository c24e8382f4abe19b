import { getT } from '@/lib/i18n/server';
import { browseQuery } from '@/lib/shows/cake-schemas';
import { CakeBrowse } from '@/components/cakes/cake-browse';

export async function generateMetadata() {
  return { title: (await getT())('cakes.title') };
}

// /cakes?q=&kind=&period= — browse cakes (the layout already requires a session)
export default async function CakesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getT();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === 'string'));
  const parsed = browseQuery.safeParse(raw);
  const q = parsed.success ? parsed.data : browseQuery.parse({});
  return (
    <div className="flex flex-col gap-5">
      <header>
        <h1 className="text-2xl font-bold">{t('cakes.title')}</h1>
        <p className="text-sm text-neutral-600">{t('cakes.intro')}</p>
      </header>
      <CakeBrowse initial={{ q: q.q || undefined, kind: q.kind, period: q.period }} />
    </div>
  );
}
