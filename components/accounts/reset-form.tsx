'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { api, ApiError } from '@/lib/api-client';
import { passwordSchema } from '@/lib/accounts/schemas';

/** The page a reset mail links to: a new password, then sign in again (every session ended). */
export function ResetForm({ token }: { token: string | null }) {
  const t = useTranslations();
  const [state, setState] = useState<{ pending: boolean; error?: string; done?: boolean }>({ pending: false });
  if (!token) return <FormError message={t('account.reset.missing')} />;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const newPassword = String(new FormData(e.currentTarget).get('newPassword') ?? '');
    const check = passwordSchema.safeParse(newPassword);
    if (!check.success) return setState({ pending: false, error: t(check.error.issues[0].message as never) });
    setState({ pending: true });
    try {
      await api('/api/accounts/password/reset', { json: { token, newPassword } });
      setState({ pending: false, done: true });
    } catch (err) {
      setState({ pending: false, error: err instanceof ApiError && err.message ? err.message : t('errors.network') });
    }
  }

  if (state.done) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('account.reset.done')}</p>
        <Link href="/login" className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white">{t('account.reset.goLogin')}</Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-neutral-700">{t('account.reset.intro')}</p>
      <TextField label={t('account.reset.newPassword')} hint={t('auth.passwordHint')} name="newPassword" type="password" autoComplete="new-password" required />
      <FormError message={state.error} />
      <Button type="submit" disabled={state.pending}>{state.pending ? t('account.reset.saving') : t('account.reset.submit')}</Button>
    </form>
  );
}
