'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { useCreateFamily, useJoinFamily } from '@/lib/circles/queries';
import { Panel } from './panel';
import { useFieldSubmit } from './use-form';

/** Name a family; the new family's page opens with a code for a child ready to share. */
export function CreateFamilyForm() {
  const t = useTranslations('family');
  const router = useRouter();
  const create = useCreateFamily();
  const { status, onSubmit } = useFieldSubmit('name', create.mutateAsync, ({ circle }) => {
    router.push(`/circles/${circle.id}`);
    return null;
  });
  return (
    <Panel id="family-create-heading" title={t('createTitle')} body={t('createBody')}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label={t('nameLabel')} name="name" hint={t('nameHint')} maxLength={30} required />
        <FormError message={status.error} />
        <Button type="submit" disabled={create.isPending}>{create.isPending ? t('creating') : t('create')}</Button>
      </form>
    </Panel>
  );
}

/** Enter a code from a parent: joins with the role that parent chose. */
export function JoinFamilyForm() {
  const t = useTranslations('family');
  const join = useJoinFamily();
  const { status, onSubmit } = useFieldSubmit('code', join.mutateAsync, ({ circle }) => t('joined', { name: circle.name }));
  return (
    <Panel id="family-join-heading" title={t('joinTitle')} body={t('joinBody')}>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label={t('codeLabel')} name="code" autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} maxLength={20} required />
        <FormError message={status.error} />
        {status.done && <p role="status" className="text-sm text-grape-700">{status.done}</p>}
        <Button type="submit" disabled={join.isPending}>{join.isPending ? t('joining') : t('join')}</Button>
      </form>
    </Panel>
  );
}
