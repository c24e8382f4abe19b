'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { IntlProvider } from 'use-intl';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { ServiceWorkerRegistrar } from './service-worker';

export function Providers({ locale, messages, children }: { locale: string; messages: Partial<Messages>; children: React.ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true } } }),
  );
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="Asia/Seoul">
      <QueryClientProvider client={queryClient}>
        {children}
        <ServiceWorkerRegistrar />
      </QueryClientProvider>
    </IntlProvider>
  );
}
