'use client';

import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';

/** The server's translated message, or a network hint when there was no answer. */
export function useErrorText() {
  const t = useTranslations();
  return (err: unknown) => (err instanceof ApiError && err.message ? err.message : t('errors.network'));
}
