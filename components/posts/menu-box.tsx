'use client';

// 메뉴 추천: five dishes for now, with my dong's weather when the forecast is known;
// each leads to a new post prefilled with its category.
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { useMenu } from '@/lib/posts/queries';

export function MenuBox({ place }: { place: string }) {
  const t = useTranslations('posts.ui.menu');
  const tr = useTranslations('posts.reasons');
  const menu = useMenu();
  const w = menu.data?.weather;
  return (
    <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm" aria-labelledby="menu-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="menu-title" className="text-base font-bold">{t('title')}</h2>
        {w && w.temp !== null && (
          <p className="text-sm text-neutral-700" data-testid="weather">
            {t('weather', { place, temp: w.temp })} · {w.precip && w.precip !== 'none' ? t(`precip.${w.precip as 'rain'}`) : w.sky ? t(`sky.${w.sky as 'clear'}`) : ''}
            {w.pop !== null ? ` · ${t('pop', { pop: w.pop })}` : ''}
          </p>
        )}
      </div>
      {menu.isError && <p className="text-sm text-neutral-600">{t('error')}</p>}
      <ul className="flex gap-2 overflow-x-auto pb-1" data-testid="menu-suggestions">
        {menu.data?.suggestions.map((s) => (
          <li key={s.name} className="shrink-0">
            <Link
              href={`/neighbourhood/new?category=${s.category}&menu=${encodeURIComponent(s.name)}`}
              className="flex min-h-12 flex-col rounded-xl bg-grape-50 px-3 py-2 text-sm hover:bg-grape-100"
              aria-label={`${s.name} — ${t('post')}`}
            >
              <span className="font-semibold text-grape-800">{s.name}</span>
              <span className="text-xs text-neutral-600">{s.why ?? (s.reasons.filter((r) => r !== 'time').slice(0, 2).map((r) => tr(r)).join(' · ') || tr('time'))}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
