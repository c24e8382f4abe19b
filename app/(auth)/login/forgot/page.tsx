import { ForgotForm } from '@/components/accounts/forgot-form';
import { getT } from '@/lib/i18n/server';
import { mailAvailable } from '@/lib/mail/send';
import { demoMode, env } from '@/lib/env';

export async function generateMetadata() {
  return { title: (await getT())('account.forgot.title') };
}

export default async function ForgotPage() {
  const t = await getT();
  // The embedded inbox (npm run dev) is linked where demo accounts are: never in production.
  const devInbox = demoMode() ? (env().MOA_DEV_INBOX_URL ?? null) : null;
  return (
    <>
      <h1 className="text-xl font-bold">{t('account.forgot.title')}</h1>
      <ForgotForm mailAvailable={mailAvailable()} devInbox={devInbox} />
    </>
  );
}
