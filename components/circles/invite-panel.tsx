'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useCreateInvite } from '@/lib/circles/queries';
import type { InviteDto, InviteRole } from '@/lib/circles/schemas';
import { Panel } from './panel';
import { useErrorText } from './use-form';

const ROLES: InviteRole[] = ['CHILD', 'PARENT'];

/** Parents' view of a family's codes: one open code per role, shown large to read out or copy. */
export function InvitePanel({ circleId, invites }: { circleId: string; invites: InviteDto[] }) {
  const t = useTranslations('family');
  const format = useFormatter();
  const errorText = useErrorText();
  const create = useCreateInvite(circleId);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const newCode = (role: InviteRole) => {
    setError(null);
    create.mutate(role, { onError: (err) => setError(errorText(err)) });
  };
  const copy = async (code: string) => {
    await navigator.clipboard?.writeText(code).catch(() => {});
    setCopied(code);
  };

  return (
    <Panel as="section" level={2} id="invites-heading" title={t('invitesTitle')} body={t('invitesBody')}>
      {ROLES.map((role) => {
        const invite = invites.find((i) => i.role === role);
        const heading = role === 'CHILD' ? t('forChild') : t('forParent');
        return (
          <div key={role} className="flex flex-col gap-2 rounded-xl border border-grape-100 p-4">
            <h3 className="font-semibold">{heading}</h3>
            {invite ? (
              <>
                <p className="font-mono text-3xl font-bold tracking-[0.2em] text-grape-800" data-testid={`invite-code-${role}`} aria-label={`${heading}: ${invite.code.split('').join(' ')}`}>
                  {invite.code}
                </p>
                <p className="text-xs text-neutral-600">
                  {t('validUntil', { time: format.dateTime(new Date(invite.expiresAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
                </p>
                <Button type="button" variant="secondary" onClick={() => copy(invite.code)}>
                  {copied === invite.code ? t('copied') : t('copy')}
                </Button>
              </>
            ) : (
              <p className="text-sm text-neutral-600">{t('noCode')}</p>
            )}
            <Button type="button" variant={invite ? 'ghost' : 'primary'} disabled={create.isPending} onClick={() => newCode(role)}>
              {create.isPending && create.variables === role ? t('making') : role === 'CHILD' ? t('newChildCode') : t('newParentCode')}
            </Button>
          </div>
        );
      })}
      <FormError message={error} />
    </Panel>
  );
}
