import { getT } from '@/lib/i18n/server';
import { LikedList } from '@/components/cakes/liked-list';

export async function generateMetadata() {
  return { title: (await getT())('cakes.liked.title') };
}

// /pieces/liked — pieces I liked (찜), in the 조각 tab
export default async function LikedPage() {
  const t = await getT();
  return (
    <div className="flex flex-col gap-5">
      <header>
        <h1 className="text-2xl font-bold">{t('cakes.liked.title')}</h1>
        <p className="text-sm text-neutral-600">{t('cakes.liked.intro')}</p>
      </header>
      <LikedList />
    </div>
  );
}
