import { ResetForm } from '@/components/accounts/reset-form';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata() {
  return { title: (await getT())('account.reset.title') };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, q] = await Promise.all([getT(), searchParams]);
  const token = typeof q.token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(q.token) ? q.token : null;
  return (
    <div className="mx-auto flex w-full max-w-sm flex-col gap-4">
      <h1 className="text-xl font-bold">{t('account.reset.title')}</h1>
      <ResetForm token={token} />
    </div>
  );
}
