'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { ApiError } from '@/lib/api-client';
import { useChangeEmail, useEmailStatus } from '@/lib/accounts/queries';
import type { EmailStatusDto } from '@/lib/accounts/schemas';

/** 나 → 이메일: the confirmed address, one waiting for its link, and a form to add or change it. */
export function EmailSection({ initial, loginId }: { initial: EmailStatusDto; loginId: string }) {
  const t = useTranslations();
  const { data: status = initial } = useEmailStatus(initial);
  const change = useChangeEmail();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    // zod loads on the first submit, not with /me.
    const { setEmailSchema } = await import('@/lib/accounts/schemas').catch(() => ({ setEmailSchema: null }));
    if (!setEmailSchema) return setError(t('errors.network'));
    const parsed = setEmailSchema.safeParse({ email: form.get('email') ?? '', password: form.get('password') ?? '' });
    if (!parsed.success) return setError(t(parsed.error.issues[0].message as never));
    setError(null);
    try {
      await change.mutateAsync(parsed.data);
      setSentTo(parsed.data.email);
      setOpen(false);
      formEl.reset();
    } catch (err) {
      setError(err instanceof ApiError && err.message ? err.message : t('errors.network'));
    }
  }

  const blocked = !status.mailAvailable || status.needsGuardian;
  return (
    <div className="flex flex-col gap-3">
      <h2 id="me-email" className="text-lg font-bold">{t('account.email.title')}</h2>
      <p className="text-sm text-neutral-600">{t('account.email.hint')}</p>
      <p className="font-medium" data-testid="email-current">{status.email ? t('account.email.verified', { email: status.email }) : t('account.email.none')}</p>
      {status.pending && <p className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="email-pending">{t('account.email.pending', { email: status.pending.email })}</p>}
      {sentTo && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('account.email.sent', { email: sentTo })}</p>}
      {!status.mailAvailable && <p className="text-sm text-neutral-600">{t('account.email.unavailable')}</p>}
      {status.mailAvailable && status.needsGuardian && <p className="text-sm text-neutral-600">{t('account.email.guardian')}</p>}
      {!blocked && !open && (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>{status.email ? t('account.email.change') : t('account.email.add')}</Button>
      )}
      {!blocked && open && (
        <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
          <input type="text" name="username" autoComplete="username" value={loginId} readOnly hidden />
          <TextField label={t('account.email.newEmail')} name="email" type="email" autoComplete="email" autoCapitalize="none" required />
          <TextField label={t('account.email.password')} name="password" type="password" autoComplete="current-password" required />
          <FormError message={error} />
          <Button type="submit" disabled={change.isPending}>{change.isPending ? t('account.email.sending') : t('account.email.send')}</Button>
        </form>
      )}
    </div>
  );
}
