import type { Metadata, Viewport } from 'next';
import './globals.css';
import { getLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/messages';
import { scopedMessages } from '@/lib/i18n/scopes';
import { Providers } from '@/components/shell/providers';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await getLocale());
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
    manifest: '/manifest.webmanifest',
    icons: { icon: '/icons/icon-192.png', apple: '/icons/apple-touch-icon.png' },
    appleWebApp: { capable: true, title: t('app.name'), statusBarStyle: 'default' },
  };
}

export const viewport: Viewport = {
  themeColor: '#7444b4',
  width: 'device-width',
  initialScale: 1,
  viewportFit: 'cover',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={scopedMessages(locale, 'shell')}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
