'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { useErrorText } from '@/components/circles/use-form';
import { useAddWish } from '@/lib/board/queries';

/** Add a gift the catalog does not have: a name, and a price and shop link if known. */
export function ManualWishForm({ circleId }: { circleId: string }) {
  const t = useTranslations('wishlist');
  const errorText = useErrorText();
  const add = useAddWish(circleId);
  const [status, setStatus] = useState<{ done?: string; error?: string }>({});

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const priceText = String(data.get('price') ?? '').replace(/[^\d]/g, '');
    const link = String(data.get('link') ?? '').trim();
    if (!name) return setStatus({ error: t('errors.nameRequired') });
    setStatus({});
    add.mutate(
      { name, price: priceText ? Number(priceText) : null, link: link || null, source: 'manual' },
      {
        onSuccess: ({ wish }) => {
          form.reset();
          setStatus({ done: t('addedStatus', { name: wish.name }) });
        },
        onError: (err) => setStatus({ error: errorText(err) }),
      },
    );
  }

  return (
    <details className="rounded-2xl bg-white p-5 shadow-sm">
      <summary className="min-h-12 cursor-pointer content-center text-lg font-bold">{t('manualTitle')}</summary>
      <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-4" noValidate>
        <p className="text-sm text-neutral-600">{t('manualBody')}</p>
        <TextField label={t('nameLabel')} name="name" required maxLength={100} autoComplete="off" />
        <TextField label={t('priceLabel')} name="price" inputMode="numeric" hint={t('priceHint')} autoComplete="off" />
        <TextField label={t('linkLabel')} name="link" type="url" inputMode="url" hint={t('linkHint')} autoComplete="off" />
        <Button type="submit" disabled={add.isPending}>{add.isPending ? t('adding') : t('addManual')}</Button>
        {status.done && <p role="status" className="text-sm text-grape-700">{status.done}</p>}
        <FormError message={status.error} />
      </form>
    </details>
  );
}
