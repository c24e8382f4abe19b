import type { MetadataRoute } from 'next';
import { getT } from '@/lib/i18n/server';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getT();
  return {
    id: '/',
    name: t('app.name'),
    short_name: t('app.name'),
    description: t('app.tagline'),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#f6f2fc',
    theme_color: '#7444b4',
    lang: 'ko',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
