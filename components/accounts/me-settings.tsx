'use client';

import { signOutToLogin } from '@/lib/accounts/auth-client';
import { clearOutbox } from '@/lib/chat/outbox';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { api, ApiError } from '@/lib/api-client';
import { useSignIn } from './use-sign-in';
import { disablePush } from '@/lib/notifications/push-client';

function useErrorText() {
  const t = useTranslations();
  return (err: unknown) => (err instanceof ApiError && err.message ? err.message : t('errors.network'));
}

export function LanguagePicker() {
  const t = useTranslations('me');
  const locale = useLocale();
  const router = useRouter();
  async function choose(next: 'ko' | 'en') {
    await api('/api/accounts/locale', { method: 'PUT', json: { locale: next } });
    router.refresh();
  }
  return (
    <fieldset className="flex gap-2">
      <legend className="mb-2 text-sm font-semibold">{t('language')}</legend>
      {(['ko', 'en'] as const).map((l) => (
        <Button key={l} type="button" variant={l === locale ? 'primary' : 'secondary'} aria-pressed={l === locale} onClick={() => choose(l)}>
          {l === 'ko' ? t('korean') : t('english')}
        </Button>
      ))}
    </fieldset>
  );
}

export function ChangePasswordForm({ loginId }: { loginId: string }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const signInWith = useSignIn();
  const [state, setState] = useState<{ pending: boolean; error?: string; done?: boolean }>({ pending: false });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    // zod loads on the first submit, not with /me.
    const { passwordSchema } = await import('@/lib/accounts/schemas').catch(() => ({ passwordSchema: null }));
    if (!passwordSchema) return setState({ pending: false, error: t('errors.network') });
    const check = passwordSchema.safeParse(newPassword);
    if (!check.success) return setState({ pending: false, error: t(check.error.issues[0].message as never) });
    setState({ pending: true });
    try {
      await api('/api/accounts/password', { method: 'PUT', json: { currentPassword, newPassword } });
    } catch (err) {
      return setState({ pending: false, error: errorText(err) });
    }
    // The old token is now refused everywhere, this device included: sign in again with the new password.
    const failed = await signInWith(loginId, newPassword);
    formEl.reset();
    setState({ pending: false, done: !failed, error: failed ?? undefined });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="text-lg font-bold">{t('me.changePassword')}</h2>
      <input type="text" name="username" autoComplete="username" value={loginId} readOnly hidden />
      <TextField label={t('me.currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required />
      <TextField label={t('me.newPassword')} hint={t('auth.passwordHint')} name="newPassword" type="password" autoComplete="new-password" required />
      <FormError message={state.error} />
      {state.done && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('me.passwordChanged')}</p>}
      <Button type="submit" disabled={state.pending}>{state.pending ? t('me.saving') : t('me.save')}</Button>
    </form>
  );
}

export function DeleteAccountForm({ userId, loginId }: { userId: string; loginId: string }) {
  const t = useTranslations('me');
  const errorText = useErrorText();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get('password') ?? '');
    setState({ pending: true });
    try {
      await api('/api/accounts/me', { method: 'DELETE', json: { password } });
    } catch (err) {
      return setState({ pending: false, error: errorText(err) });
    }
    clearOutbox(userId);
    await signOutToLogin();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-labelledby="delete-account-title">
      <h2 id="delete-account-title" className="text-lg font-bold text-red-700">{t('deleteAccount')}</h2>
      <p className="text-sm text-neutral-700">{t('deleteWarning')}</p>
      <input type="text" name="username" autoComplete="username" value={loginId} readOnly hidden />
      <TextField label={t('deleteConfirmPassword')} name="password" type="password" autoComplete="current-password" required />
      <FormError message={state.error} />
      <Button type="submit" variant="danger" disabled={state.pending}>{state.pending ? t('deleting') : t('deleteButton')}</Button>
    </form>
  );
}

export function LogoutButton({ userId }: { userId: string }) {
  const t = useTranslations('auth');
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={async () => {
        // A shared browser must stop receiving this person's notifications.
        await disablePush().catch(() => {});
        // …and must not send this person's queued messages later.
        clearOutbox(userId);
        await signOutToLogin();
      }}
    >
      {t('logout')}
    </Button>
  );
}
