import Link from 'next/link';
import { requirePageUser } from '@/lib/accounts/session';
import { listSessions } from '@/lib/accounts/devices';
import { getT } from '@/lib/i18n/server';
import { DeviceList } from '@/components/accounts/device-list';

export async function generateMetadata() {
  return { title: (await getT())('devices.title') };
}

export default async function DevicesPage() {
  const user = await requirePageUser();
  const [t, sessions] = await Promise.all([getT(), listSessions(user)]);
  return (
    <div className="flex flex-col gap-5">
      <Link href="/me" className="inline-flex min-h-12 items-center self-start text-grape-700 hover:underline">
        ← {t('devices.back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('devices.title')}</h1>
      <p className="text-sm text-neutral-700">{t('devices.hint')}</p>
      <DeviceList initial={sessions} />
    </div>
  );
}
