'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/form-error';
import { api, ApiError } from '@/lib/api-client';
import { signUpSchema, loginIdSchema } from '@/lib/accounts/schemas';
import { useSignIn } from './use-sign-in';
import { ConsentFields, type Consent } from './consent-fields';

type Availability = 'idle' | 'checking' | 'available' | 'taken';

/** `mailAvailable`: whether this server can send mail (the email field shows only then). */
export function SignupForm({ mailAvailable = false }: { mailAvailable?: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const signInWith = useSignIn();
  const [values, setValues] = useState({ loginId: '', displayName: '', password: '', email: '' });
  const [consent, setConsent] = useState<Consent>({ acceptTerms: false, acceptPrivacy: false, under14: false });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [availability, setAvailability] = useState<Availability>('idle');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // Check the login ID while the person types (debounced); the server checks again on submit.
  useEffect(() => {
    if (!loginIdSchema.safeParse(values.loginId).success) return;
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      setAvailability('checking');
      try {
        const r = await api<{ available: boolean }>(`/api/accounts/availability?loginId=${encodeURIComponent(values.loginId)}`, { signal: ctrl.signal });
        setAvailability(r.available ? 'available' : 'taken');
      } catch {
        if (!ctrl.signal.aborted) setAvailability('idle');
      }
    }, 300);
    return () => { clearTimeout(timer); ctrl.abort(); };
  }, [values.loginId]);

  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues((v) => ({ ...v, [k]: e.target.value }));
    setFieldErrors((f) => ({ ...f, [k]: '' }));
    if (k === 'loginId') setAvailability('idle');
  };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const parsed = signUpSchema.safeParse({ ...values, ...consent, email: consent.under14 ? '' : values.email });
    const errs: Record<string, string> = {};
    for (const issue of parsed.error?.issues ?? []) errs[String(issue.path[0])] ??= t(issue.message as never);
    if (!consent.acceptTerms || !consent.acceptPrivacy) errs.consent = t('account.consent.required');
    if (!parsed.success || errs.consent) return setFieldErrors(errs);
    setPending(true);
    try {
      await api('/api/accounts', { json: parsed.data });
    } catch (err) {
      setPending(false);
      if (err instanceof ApiError && err.code === 'conflict') {
        setAvailability('taken');
        return setFieldErrors({ loginId: err.message });
      }
      return setError(err instanceof ApiError && err.message ? err.message : t('errors.network'));
    }
    const message = await signInWith(parsed.data.loginId, parsed.data.password);
    setPending(false);
    if (message) return setError(message);
    router.replace('/');
    router.refresh();
  }

  const status = availability === 'checking' ? t('auth.checking') : availability === 'available' ? t('auth.available') : '';
  const loginIdError = fieldErrors.loginId || (availability === 'taken' ? t('auth.taken') : undefined);

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <TextField label={t('auth.loginId')} hint={t('auth.loginIdHint')} name="loginId" value={values.loginId} onChange={set('loginId')} autoComplete="username" autoCapitalize="none" status={status} error={loginIdError} required />
      <TextField label={t('auth.displayName')} hint={t('auth.displayNameHint')} name="displayName" value={values.displayName} onChange={set('displayName')} autoComplete="nickname" error={fieldErrors.displayName} required />
      <TextField label={t('auth.password')} hint={t('auth.passwordHint')} name="password" type="password" value={values.password} onChange={set('password')} autoComplete="new-password" error={fieldErrors.password} required />
      {mailAvailable && !consent.under14 && (
        <TextField label={t('account.signup.email')} hint={t('account.signup.emailHint')} name="email" type="email" value={values.email} onChange={set('email')} autoComplete="email" autoCapitalize="none" error={fieldErrors.email} />
      )}
      <ConsentFields value={consent} onChange={(c) => { setConsent(c); setFieldErrors((f) => ({ ...f, consent: '' })); }} error={fieldErrors.consent} />
      <FormError message={error} />
      <Button type="submit" disabled={pending}>{pending ? t('auth.signingUp') : t('auth.signup')}</Button>
      <p className="text-center text-sm text-neutral-600">
        {t('auth.haveAccount')} <Link className="font-semibold text-grape-700 underline" href="/login">{t('auth.goLogin')}</Link>
      </p>
    </form>
  );
}
