'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { useSignIn } from './use-sign-in';

/** `demo`: the demo account to name, only where demo accounts exist (lib/env.ts demoLogin). */
export function LoginForm({ demo = null }: { demo?: { loginId: string; password: string } | null }) {
  const t = useTranslations('auth');
  const tAccount = useTranslations('account');
  const router = useRouter();
  const signInWith = useSignIn();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const message = await signInWith(String(form.get('loginId') ?? ''), String(form.get('password') ?? ''));
    setPending(false);
    if (message) return setError(message);
    router.replace('/');
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <TextField label={t('loginId')} name="loginId" autoComplete="username" autoCapitalize="none" required />
      <TextField label={t('password')} name="password" type="password" autoComplete="current-password" required />
      <FormError message={error} />
      <Button type="submit" disabled={pending}>{pending ? t('signingIn') : t('login')}</Button>
      <Link className="-mt-1 inline-flex min-h-11 items-center justify-center text-sm font-semibold text-grape-700 underline" href="/login/forgot">{tAccount('forgot.link')}</Link>
      <p className="text-center text-sm text-neutral-600">
        {t('noAccount')} <Link className="font-semibold text-grape-700 underline" href="/signup">{t('goSignup')}</Link>
      </p>
      {demo && <p className="text-center text-xs text-neutral-500">{t('demoHint', demo)}</p>}
    </form>
  );
}
