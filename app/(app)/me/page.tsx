import Link from 'next/link';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { getMyProfile } from '@/lib/profiles/service';
import { ChangePasswordForm, DeleteAccountForm, LanguagePicker, LogoutButton } from '@/components/accounts/me-settings';
import { ProfileEditor } from '@/components/profiles/profile-editor';
import { NotificationsSection } from '@/components/notifications/notifications-section';
import { EmailSection } from '@/components/accounts/email-section';
import { ExportSection } from '@/components/accounts/export-section';
import { getEmailStatus } from '@/lib/accounts/email';
import { latestExport } from '@/lib/accounts/export/service';

export async function generateMetadata() {
  return { title: (await getT())('me.title') };
}

export default async function MePage() {
  const user = await requirePageUser();
  const [t, profile, email, dataExport] = await Promise.all([getT(), getMyProfile(user.id), getEmailStatus(user.id), latestExport(user.id)]);
  const card = 'rounded-2xl bg-white p-5 shadow-sm';
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('me.title')}</h1>
      <section className={card} aria-label={t('me.profile')}>
        <p className="text-lg font-bold" data-testid="me-name">{user.displayName}</p>
        <p className="text-sm text-neutral-600">{t('me.loginIdLabel', { loginId: user.loginId })}</p>
        <div className="mt-4"><LogoutButton userId={user.id} /></div>
      </section>
      <section className={card}><ProfileEditor initial={profile} /></section>
      <NotificationsSection userId={user.id} />
      <section className={card} aria-labelledby="me-devices">
        <h2 id="me-devices" className="text-lg font-bold">{t('me.devices')}</h2>
        <p className="text-sm text-neutral-600">{t('me.devicesHint')}</p>
        <Link href="/me/devices" className="mt-3 inline-flex min-h-12 items-center font-semibold text-grape-700 hover:underline">
          {t('me.devicesLink')} →
        </Link>
      </section>
      <section className={card}><LanguagePicker /></section>
      <section className={card} aria-labelledby="me-email"><EmailSection initial={email} loginId={user.loginId} /></section>
      <section className={card}><ChangePasswordForm loginId={user.loginId} /></section>
      <section className={card} aria-labelledby="export"><ExportSection initial={dataExport} /></section>
      <section className={card}><DeleteAccountForm userId={user.id} loginId={user.loginId} /></section>
    </div>
  );
}
