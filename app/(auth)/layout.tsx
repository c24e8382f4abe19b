import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { MessagesScope } from '@/components/shell/messages-scope';
import { Grape } from 'lucide-react';

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  if (await currentUser()) redirect('/');
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-sm flex-col justify-center gap-6 px-5 py-10">
      <div className="text-center">
        <Grape aria-hidden className="mx-auto size-12 text-grape-600" />
        <p className="mt-2 text-3xl font-extrabold text-grape-700">{t('app.name')}</p>
        <p className="text-sm text-neutral-600">{t('app.tagline')}</p>
      </div>
      <MessagesScope scope="account">{children}</MessagesScope>
    </main>
  );
}
