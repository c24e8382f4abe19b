import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import { FriendSearch } from '@/components/friends/friend-search';
import { FriendList } from '@/components/friends/friend-list';

export async function generateMetadata() {
  return { title: (await getT())('friends.title') };
}

export default async function FriendsPage() {
  const t = await getT();
  return (
    <div className="flex flex-col gap-5 px-4 pb-24 pt-6 md:pb-10">
      <div className="flex flex-col gap-1">
        <Link href="/chat" className="inline-flex min-h-12 w-fit md:hidden items-center text-sm font-medium text-grape-700 hover:underline">
          <span aria-hidden>←&nbsp;</span>{t('friends.backToChat')}
        </Link>
        <h1 className="text-2xl font-bold">{t('friends.title')}</h1>
      </div>
      <FriendSearch />
      <FriendList />
    </div>
  );
}
