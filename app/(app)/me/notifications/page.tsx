import Link from 'next/link';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { NotificationCenter } from '@/components/notifications/notification-center';

export async function generateMetadata() {
  return { title: (await getT())('notifications.title') };
}

export default async function NotificationsPage() {
  const user = await requirePageUser();
  const t = await getT();
  return (
    <div className="flex flex-col gap-5">
      <Link href="/me" className="inline-flex min-h-12 items-center self-start text-grape-700 hover:underline">
        ← {t('notifications.back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('notifications.title')}</h1>
      <NotificationCenter userId={user.id} />
    </div>
  );
}
