'use client';

// Picking my dong: a search box over the names, or 시/도 → 시/군/구 → 읍/면/동.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { api } from '@/lib/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useSetArea } from '@/lib/posts/queries';

const select = 'min-h-12 w-full rounded-xl border border-neutral-300 bg-white px-3 text-base';

export function AreaPicker({ onDone }: { onDone?: () => void }) {
  const t = useTranslations('posts.ui.area');
  const [q, setQ] = useState('');
  const [sido, setSido] = useState('');
  const [sigungu, setSigungu] = useState('');
  const [code, setCode] = useState('');
  const setArea = useSetArea();
  const search = useQuery({
    queryKey: ['areas', 'search', q],
    queryFn: () => api<{ areas: { code: string; name: string }[] }>(`/api/areas/search?q=${encodeURIComponent(q)}`),
    enabled: q.trim().length > 0,
  });
  const sidos = useQuery({ queryKey: ['areas', 'sido'], queryFn: () => api<{ sido: string[] }>('/api/areas') });
  const sigungus = useQuery({
    queryKey: ['areas', sido],
    queryFn: () => api<{ sigungu: string[] }>(`/api/areas?sido=${encodeURIComponent(sido)}`),
    enabled: !!sido,
  });
  const dongs = useQuery({
    queryKey: ['areas', sido, sigungu],
    queryFn: () => api<{ dongs: { code: string; name: string }[] }>(`/api/areas?sido=${encodeURIComponent(sido)}&sigungu=${encodeURIComponent(sigungu)}`),
    enabled: !!sido && !!sigungu,
  });

  const save = (areaCode: string) => setArea.mutate({ areaCode }, { onSuccess: () => onDone?.() });

  return (
    <section className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm" aria-labelledby="area-picker-title">
      <div>
        <h2 id="area-picker-title" className="text-lg font-bold">{t('setTitle')}</h2>
        <p className="text-sm text-neutral-600">{t('setBody')}</p>
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('search')}
        <input className={select} value={q} placeholder={t('searchPlaceholder')} onChange={(e) => setQ(e.target.value)} type="search" />
      </label>
      {q.trim() && (
        <ul className="flex max-h-60 flex-col gap-1 overflow-y-auto" aria-live="polite">
          {search.data?.areas.map((a) => (
            <li key={a.code}>
              <button type="button" className="w-full rounded-lg px-3 py-2 text-left hover:bg-grape-50" onClick={() => save(a.code)} disabled={setArea.isPending}>
                {a.name}
              </button>
            </li>
          ))}
          {search.data && search.data.areas.length === 0 && <li className="px-3 text-sm text-neutral-600">{t('noResults')}</li>}
        </ul>
      )}
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('sido')}
          <select className={select} value={sido} onChange={(e) => (setSido(e.target.value), setSigungu(''), setCode(''))}>
            <option value="">{t('choose')}</option>
            {sidos.data?.sido.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('sigungu')}
          <select className={select} value={sigungu} disabled={!sido} onChange={(e) => (setSigungu(e.target.value), setCode(''))}>
            <option value="">{t('choose')}</option>
            {sigungus.data?.sigungu.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('dong')}
          <select className={select} value={code} disabled={!sigungu} onChange={(e) => setCode(e.target.value)}>
            <option value="">{t('choose')}</option>
            {dongs.data?.dongs.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
          </select>
        </label>
      </div>
      <Button onClick={() => save(code)} disabled={!code || setArea.isPending}>{t('save')}</Button>
      <FormError message={setArea.error?.message} />
    </section>
  );
}
