import { getLocale, getT } from '@/lib/i18n/server';
import { MESSAGES } from '@/lib/i18n/messages';
import { TERMS_VERSION, PRIVACY_VERSION } from '@/lib/accounts/consent';

/** The terms of service or the privacy notice, in the reader's language, with the version people consent to. */
export async function LegalPage({ which }: { which: 'terms' | 'privacy' }) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  // The raw strings: the app's formatter reads precompiled messages and has no t.raw.
  const paragraphs: readonly string[] = MESSAGES[locale].account.legal[which];
  return (
    <article className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <h1 className="text-xl font-bold">{t(`account.legal.${which}Title`)}</h1>
      <p className="text-sm text-neutral-600">{t('account.legal.updated', { date: which === 'terms' ? TERMS_VERSION : PRIVACY_VERSION })}</p>
      <ol className="flex list-decimal flex-col gap-3 pl-5 text-[15px] leading-relaxed text-neutral-800">
        {paragraphs.map((p) => <li key={p}>{p}</li>)}
      </ol>
    </article>
  );
}
