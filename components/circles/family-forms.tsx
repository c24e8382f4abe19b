'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { useCreateFamily, useJoinFamily } from '@/lib/circles/queries';
import { useErrorText } from './use-error-text';

function Card({ id, title, body, children }: { id: string; title: string; body: string; children: React.ReactNode }) {
  return (
    <article aria-labelledby={id} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <div>
        <h3 id={id} className="text-lg font-bold">{title}</h3>
        <p className="mt-1 text-sm text-neutral-600">{body}</p>
      </div>
      {children}
    </article>
  );
}

const field = (e: React.FormEvent<HTMLFormElement>, name: string) => String(new FormData(e.currentTarget).get(name) ?? '');

/** Name a family; the new family's page opens with a code for a child ready to share. */
export function CreateFamilyForm() {
  const t = useTranslations('family');
  const errorText = useErrorText();
  const router = useRouter();
  const create = useCreateFamily();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    try {
      const { circle } = await create.mutateAsync(field(e, 'name'));
      router.push(`/circles/${circle.id}`);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <Card id="family-create-heading" title={t('createTitle')} body={t('createBody')}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label={t('nameLabel')} name="name" hint={t('nameHint')} maxLength={30} required />
        <FormError message={error} />
        <Button type="submit" disabled={create.isPending}>{create.isPending ? t('creating') : t('create')}</Button>
      </form>
    </Card>
  );
}

/** Enter a code from a parent: joins with the role that parent chose. */
export function JoinFamilyForm() {
  const t = useTranslations('family');
  const errorText = useErrorText();
  const join = useJoinFamily();
  const [status, setStatus] = useState<{ error?: string; done?: string }>({});

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setStatus({});
    try {
      const { circle } = await join.mutateAsync(field(e, 'code'));
      form.reset();
      setStatus({ done: t('joined', { name: circle.name }) });
    } catch (err) {
      setStatus({ error: errorText(err) });
    }
  }

  return (
    <Card id="family-join-heading" title={t('joinTitle')} body={t('joinBody')}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField
          label={t('codeLabel')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
        <FormError message={status.error} />
        {status.done && <p role="status" className="text-sm text-grape-700">{status.done}</p>}
        <Button type="submit" disabled={join.isPending}>{join.isPending ? t('joining') : t('join')}</Button>
      </form>
    </Card>
  );
}
