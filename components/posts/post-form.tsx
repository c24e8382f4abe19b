'use client';

// Writing or editing a group order. Amounts are whole won; the deadline is picked in
// the person's local time and sent as an instant.
import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { api } from '@/lib/api-client';
import { FOOD_CATEGORIES } from '@/lib/posts/categories';
import type { PostDto } from '@/lib/posts/dto';
import { postKeys } from '@/lib/posts/queries';
import type { FoodCategory } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';

const pad = (n: number) => String(n).padStart(2, '0');
/** A Date as the value of an <input type="datetime-local"> in this browser's time. */
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const inAnHour = () => new Date(Math.ceil((Date.now() + 3600_000) / 600_000) * 600_000);
/** Whole won; anything else is sent as typed so the server explains what is wrong. */
function amount(s: string): number | string | null {
  if (s.trim() === '') return null;
  const n = Number(s.replace(/[,\s원₩]/g, ''));
  return Number.isFinite(n) ? n : s;
}

interface Props {
  post?: PostDto;
  areaName: string;
  prefill?: { category?: FoodCategory; menu?: string };
}

export function PostForm({ post, areaName, prefill }: Props) {
  const t = useTranslations('posts.ui.form');
  const tc = useTranslations('posts.categories');
  const router = useRouter();
  const qc = useQueryClient();
  const [f, setF] = useState({
    title: post?.title ?? '',
    category: post?.category ?? prefill?.category ?? ('CHICKEN' as FoodCategory),
    restaurant: post?.restaurant ?? '',
    menu: post?.menu ?? prefill?.menu ?? '',
    body: post?.body ?? '',
    wanted: post?.wanted ?? 4,
    deadline: localInput(post ? new Date(post.deadline) : inAnHour()),
    place: post?.place ?? '',
    deliveryFee: post?.deliveryFee?.toString() ?? '',
    minOrder: post?.minOrder?.toString() ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSaving(true);
    const json = {
      ...f,
      deadline: new Date(f.deadline).toISOString(),
      deliveryFee: amount(f.deliveryFee),
      minOrder: amount(f.minOrder),
    };
    try {
      const res = post
        ? await api<{ post: PostDto }>(`/api/posts/${post.id}`, { method: 'PATCH', json })
        : await api<{ post: PostDto }>('/api/posts', { json });
      await qc.invalidateQueries({ queryKey: postKeys.all });
      router.push(`/neighbourhood/posts/${res.post.id}`);
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  }

  const input = 'min-h-12 rounded-xl border border-neutral-300 bg-white px-4 text-base';
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm" noValidate>
      <p className="text-sm text-neutral-600">{t('where', { name: areaName })}</p>
      <TextField label={t('title')} value={f.title} maxLength={60} required placeholder={t('titlePlaceholder')} onChange={(e) => set('title', e.target.value)} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('category')}
        <select className={input} value={f.category} onChange={(e) => set('category', e.target.value as FoodCategory)}>
          {FOOD_CATEGORIES.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
        </select>
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={`${t('restaurant')} (${t('optional')})`} value={f.restaurant} maxLength={60} onChange={(e) => set('restaurant', e.target.value)} />
        <TextField label={`${t('menu')} (${t('optional')})`} value={f.menu} maxLength={200} onChange={(e) => set('menu', e.target.value)} />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('wanted')}
        <select className={input} value={f.wanted} onChange={(e) => set('wanted', Number(e.target.value))}>
          {Array.from({ length: 9 }, (_, i) => i + 2).map((n) => <option key={n} value={n}>{t('wantedValue', { n })}</option>)}
        </select>
      </label>
      <TextField label={t('deadline')} type="datetime-local" value={f.deadline} required onChange={(e) => set('deadline', e.target.value)} />
      <TextField label={t('place')} value={f.place} maxLength={80} required placeholder={t('placePlaceholder')} onChange={(e) => set('place', e.target.value)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={`${t('fee')} (${t('optional')})`} inputMode="numeric" value={f.deliveryFee} onChange={(e) => set('deliveryFee', e.target.value)} />
        <TextField label={`${t('minOrder')} (${t('optional')})`} inputMode="numeric" value={f.minOrder} onChange={(e) => set('minOrder', e.target.value)} />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {`${t('body')} (${t('optional')})`}
        <textarea className="min-h-28 rounded-xl border border-neutral-300 bg-white p-4 text-base" value={f.body} maxLength={2000} onChange={(e) => set('body', e.target.value)} />
      </label>
      <FormError message={error} />
      <Button type="submit" disabled={saving}>{saving ? t('saving') : post ? t('save') : t('submit')}</Button>
    </form>
  );
}
