import { requirePageUser } from '@/lib/accounts/session';
import { publicRealtimeConfig } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { RealtimeProvider } from '@/lib/realtime/client';
import { TabNav } from '@/components/shell/tab-nav';
import { ConnectionBanner } from '@/components/shell/connection-banner';
import { DeferredBridges } from '@/components/shell/deferred-bridges';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const t = await getT();
  return (
    <RealtimeProvider config={publicRealtimeConfig()}>
      <DeferredBridges userId={user.id} />
      <div className="flex min-h-dvh flex-col md:flex-row">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-3 focus:py-2">
          {t('app.skipToContent')}
        </a>
        <TabNav userId={user.id} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pb-24 pt-6 md:pb-10">
          <ConnectionBanner />
          {children}
        </main>
      </div>
    </RealtimeProvider>
  );
}
