import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';

/** The server's (already translated) message, or a plain network hint. */
export function useErrorText() {
  const t = useTranslations('errors');
  return (err: unknown) => (err instanceof ApiError && err.message ? err.message : t('network'));
}
