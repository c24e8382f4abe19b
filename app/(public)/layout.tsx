import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import { MessagesScope } from '@/components/shell/messages-scope';

// Pages anyone may open, signed in or not: mail links (reset, verify) and the terms and
// privacy notice. Unlike (auth), a signed-in visitor is not sent away.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-xl flex-col gap-6 px-5 py-10">
      <Link href="/" className="self-center text-center">
        <span aria-hidden className="text-4xl">🍇</span>
        <span className="block text-2xl font-extrabold text-grape-700">{t('app.name')}</span>
      </Link>
      <MessagesScope scope="account">{children}</MessagesScope>
    </main>
  );
}
