export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';
export const LOCALE_COOKIE = 'moa-locale';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/**
 * Moa is Korean first: Korean unless the person chose English (cookie, set from
 * 나 → 언어). An API caller without the cookie may ask with `X-Moa-Locale`.
 */
export function negotiateLocale(cookieValue: string | undefined, explicit?: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (isLocale(explicit)) return explicit;
  return DEFAULT_LOCALE;
}
