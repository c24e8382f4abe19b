'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { api, ApiError } from '@/lib/api-client';

/** Opens the verification link once on arrival (a POST: mail scanners that only fetch the page use nothing). */
export function VerifyEmail({ token }: { token: string | null }) {
  const t = useTranslations();
  const [state, setState] = useState<{ email?: string; error?: string }>(() => (token ? {} : { error: t('account.errors.linkInvalid') }));
  useEffect(() => {
    if (!token) return;
    api<{ email: string }>('/api/accounts/email/verify', { json: { token } }).then(
      (r) => setState({ email: r.email }),
      (err) => setState({ error: err instanceof ApiError && err.message ? err.message : t('errors.network') }),
    );
  }, [token, t]);
  return (
    <div className="flex flex-col gap-4">
      {!state.email && !state.error && <p role="status" className="text-sm text-neutral-700">{t('account.verify.working')}</p>}
      {state.email && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('account.verify.done', { email: state.email })}</p>}
      {state.error && <FormError message={state.error} />}
      <Link href="/" className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white">{t('account.verify.goHome')}</Link>
    </div>
  );
}
