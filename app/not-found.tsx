import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('shell.notFound.title') };
}

// Unknown pages, and pages that are not the viewer's (a circle they are not in answers
// 404 too, so ids leak nothing): in Moa's look and language, with a way home.
export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="mx-auto flex min-h-dvh w-full max-w-md flex-col items-center justify-center gap-5 px-6 py-12 text-center">
      <svg aria-hidden viewBox="0 0 120 120" width="120" height="120" className="text-grape-600">
        <path d="M60 22c0-8 6-12 12-13" fill="none" stroke="#65a30d" strokeWidth="5" strokeLinecap="round" />
        <path d="M62 18c10-8 22-4 24 4-10 4-18 2-24-4z" fill="#84cc16" />
        {[
          [44, 40], [64, 40], [84, 40], [54, 58], [74, 58], [64, 76],
        ].map(([cx, cy]) => (
          <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="11" fill="currentColor" opacity={cy === 76 ? 0.35 : 0.9} />
        ))}
        <circle cx="64" cy="98" r="10" fill="none" stroke="currentColor" strokeWidth="3" strokeDasharray="4 4" opacity="0.6" />
      </svg>
      <p className="text-5xl font-extrabold text-grape-700">404</p>
      <h1 className="text-2xl font-bold">{t('shell.notFound.title')}</h1>
      <p className="text-neutral-700">{t('shell.notFound.body')}</p>
      {/* A plain link and lucide's house drawn inline: this boundary is part of every page's
          first load, and next/link or a lucide icon here added their client code (4.3 KiB
          gzipped) to every page a second time, beside the copy the page's own chunks carry. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above: a full load of / from a 404 is fine */}
      <a href="/" className="inline-flex min-h-12 items-center justify-center gap-2 rounded-xl bg-grape-600 px-6 font-semibold text-white hover:bg-grape-700">
        <svg aria-hidden xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="size-5">
          <path d="M15 21v-8a1 1 0 0 0-1-1h-4a1 1 0 0 0-1 1v8" />
          <path d="M3 10a2 2 0 0 1 .709-1.528l7-6a2 2 0 0 1 2.582 0l7 6A2 2 0 0 1 21 10v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
        </svg>
        {t('shell.notFound.home')}
      </a>
    </main>
  );
}
