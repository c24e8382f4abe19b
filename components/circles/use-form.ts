'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';

export interface FormStatus {
  error?: string;
  done?: string;
}

/** The server's translated message, or a network hint when there was no answer. */
export function useErrorText() {
  const t = useTranslations();
  return (err: unknown) => (err instanceof ApiError && err.message ? err.message : t('errors.network'));
}

/**
 * A one-field form: send the field's value, clear the form on success and say what
 * happened (`done` may return null, e.g. when it navigates away).
 */
export function useFieldSubmit<T>(field: string, send: (value: string) => Promise<T>, done: (result: T) => string | null) {
  const errorText = useErrorText();
  const [status, setStatus] = useState<FormStatus>({});
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setStatus({});
    try {
      const result = await send(String(new FormData(form).get(field) ?? ''));
      form.reset();
      setStatus({ done: done(result) ?? undefined });
    } catch (err) {
      setStatus({ error: errorText(err) });
    }
  }
  return { status, setStatus, onSubmit };
}
