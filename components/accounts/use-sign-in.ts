'use client';

import { signInWithCredentials } from '@/lib/accounts/auth-client';
import { useTranslations } from 'use-intl';

/** Credentials sign-in that turns next-auth's error string back into a translated message. */
export function useSignIn() {
  const t = useTranslations();
  return async (loginId: string, password: string): Promise<string | null> => {
    let res;
    try {
      res = await signInWithCredentials(loginId, password);
    } catch {
      return t('errors.network');
    }
    if (res?.ok && !res.error) return null;
    try {
      const parsed = JSON.parse(res?.error ?? '') as { key?: string; details?: { minutes?: number } };
      if (parsed.key === 'errors.rateLimited') return t('errors.rateLimited', { minutes: parsed.details?.minutes ?? 15 });
      if (parsed.key && t.has(parsed.key as never)) return t(parsed.key as never);
    } catch {
      // not one of ours: fall through
    }
    return t('errors.badCredentials');
  };
}
