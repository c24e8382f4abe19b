import { VerifyEmail } from '@/components/accounts/verify-email';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata() {
  return { title: (await getT())('account.verify.title') };
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, q] = await Promise.all([getT(), searchParams]);
  const token = typeof q.token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(q.token) ? q.token : null;
  return (
    <div className="mx-auto flex w-full max-w-sm flex-col gap-4">
      <h1 className="text-xl font-bold">{t('account.verify.title')}</h1>
      <VerifyEmail token={token} />
    </div>
  );
}
