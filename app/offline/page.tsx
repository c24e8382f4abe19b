import { getT } from '@/lib/i18n/server';
import { RetryButton } from '@/components/shell/retry-button';
import { Grape } from 'lucide-react';

export async function generateMetadata() {
  return { title: (await getT())('app.offlineTitle') };
}

// Cached by the service worker at install time and shown when a navigation fails offline.
export default async function OfflinePage() {
  const t = await getT();
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col items-center justify-center gap-4 px-6 text-center">
      <Grape aria-hidden className="mx-auto size-12 text-grape-600" />
      <h1 className="text-xl font-bold">{t('app.offlineTitle')}</h1>
      <p className="text-sm text-neutral-600">{t('app.offlineBody')}</p>
      <RetryButton label={t('app.retry')} />
    </main>
  );
}
