'use client';

import { useMemo } from 'react';
import { IntlProvider, useLocale, useMessages } from 'use-intl';
import type { Messages } from '@/lib/i18n/messages';

/** Adds a section's strings to those the page already has (use-intl's providers do not merge). */
export function IntlScope({ messages, children }: { messages: Partial<Messages>; children: React.ReactNode }) {
  const locale = useLocale();
  const above = useMessages();
  const merged = useMemo(() => ({ ...above, ...messages }), [above, messages]);
  return (
    <IntlProvider locale={locale} messages={merged} timeZone="Asia/Seoul">
      {children}
    </IntlProvider>
  );
}
