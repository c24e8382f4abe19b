'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { api, ApiError } from '@/lib/api-client';
import { forgotPasswordSchema } from '@/lib/accounts/schemas';

/** 비밀번호 찾기: one field (login ID or email); the answer is the same whatever was typed. */
export function ForgotForm({ mailAvailable, devInbox }: { mailAvailable: boolean; devInbox: string | null }) {
  const t = useTranslations();
  const [state, setState] = useState<{ pending: boolean; error?: string; sent?: boolean }>({ pending: false });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = forgotPasswordSchema.safeParse({ identifier: new FormData(e.currentTarget).get('identifier') ?? '' });
    if (!parsed.success) return setState({ pending: false, error: t(parsed.error.issues[0].message as never) });
    setState({ pending: true });
    try {
      await api('/api/accounts/password/forgot', { json: parsed.data });
      setState({ pending: false, sent: true });
    } catch (err) {
      setState({ pending: false, error: err instanceof ApiError && err.message ? err.message : t('errors.network') });
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-neutral-700">{t('account.forgot.intro')}</p>
      {!mailAvailable && <p role="status" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900">{t('account.email.unavailable')}</p>}
      <TextField label={t('account.forgot.identifier')} name="identifier" autoComplete="username" autoCapitalize="none" required />
      <FormError message={state.error} />
      {state.sent && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('account.forgot.sent')}</p>}
      <Button type="submit" disabled={state.pending || !mailAvailable}>{state.pending ? t('account.forgot.sending') : t('account.forgot.submit')}</Button>
      <p className="text-xs text-neutral-600">{t('account.forgot.noEmail')}</p>
      {devInbox && (
        <a className="inline-flex min-h-11 items-center justify-center text-sm font-semibold text-grape-700 underline" href={devInbox} target="_blank" rel="noreferrer">
          {t('account.forgot.devInbox')} ↗
        </a>
      )}
      <Link className="inline-flex min-h-11 items-center justify-center text-sm font-semibold text-grape-700 underline" href="/login">{t('account.forgot.back')}</Link>
    </form>
  );
}
