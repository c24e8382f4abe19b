'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';

export interface Consent {
  acceptTerms: boolean;
  acceptPrivacy: boolean;
  under14: boolean;
}

const box = 'size-6 shrink-0 accent-grape-600';
const row = 'flex min-h-11 items-center gap-3 text-sm';

/** The sign-up agreements: terms and privacy (both required, each with a link to read it) and the under-14 choice. */
export function ConsentFields({ value, onChange, error }: { value: Consent; onChange: (c: Consent) => void; error?: string }) {
  const t = useTranslations('account.consent');
  const set = (k: keyof Consent) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.checked });
  return (
    <fieldset className="flex flex-col gap-1 rounded-2xl border border-neutral-200 bg-white px-4 py-3" aria-describedby={error ? 'consent-error' : undefined}>
      <legend className="px-1 text-sm font-medium text-neutral-800">{t('legend')}</legend>
      <div className={row}>
        <input id="consent-terms" type="checkbox" name="acceptTerms" className={box} checked={value.acceptTerms} onChange={set('acceptTerms')} />
        <label htmlFor="consent-terms" className="flex-1">{t('terms')}</label>
        <Link href="/terms" target="_blank" className="inline-flex min-h-11 items-center px-1 font-semibold text-grape-700 underline">{t('read')}</Link>
      </div>
      <div className={row}>
        <input id="consent-privacy" type="checkbox" name="acceptPrivacy" className={box} checked={value.acceptPrivacy} onChange={set('acceptPrivacy')} />
        <label htmlFor="consent-privacy" className="flex-1">{t('privacy')}</label>
        <Link href="/privacy" target="_blank" className="inline-flex min-h-11 items-center px-1 font-semibold text-grape-700 underline">{t('read')}</Link>
      </div>
      <div className={`${row} border-t border-neutral-100 pt-1`}>
        <input id="consent-under14" type="checkbox" name="under14" className={box} checked={value.under14} onChange={set('under14')} />
        <label htmlFor="consent-under14" className="flex-1">{t('under14')}</label>
      </div>
      {value.under14 && <p className="text-xs text-neutral-600">{t('under14Hint')}</p>}
      {error && <p id="consent-error" className="text-sm text-red-700" role="alert">{error}</p>}
    </fieldset>
  );
}
