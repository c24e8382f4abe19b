'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useDisconnect } from '@/lib/circles/queries';
import type { CircleDto } from '@/lib/circles/schemas';
import { DisconnectCountdown } from './countdown';
import { Panel } from './panel';
import { useErrorText } from './use-form';

/** A couple's breakup: start the seven-day countdown, or see it and cancel it. */
export function DisconnectPanel({ circle, userId, receivedAt }: { circle: CircleDto; userId: string; receivedAt: number }) {
  const t = useTranslations('couple');
  const format = useFormatter();
  const errorText = useErrorText();
  const disconnect = useDisconnect(circle.id);
  const [error, setError] = useState<string | null>(null);
  const pending = circle.disconnect;
  const starter = pending && circle.members.find((m) => m.id === pending.byId);

  const act = (start: boolean) => {
    setError(null);
    disconnect.mutate(start, { onError: (err) => setError(errorText(err)) });
  };

  return (
    <Panel as="section" level={2} id="disconnect-heading" title={t('disconnectTitle')} body={pending ? undefined : t('disconnectBody')}>
      {pending ? (
        <>
          <DisconnectCountdown disconnect={pending} receivedAt={receivedAt} />
          <p className="text-sm">{pending.byId === userId ? t('startedByMe') : t('startedByPartner', { name: starter?.displayName ?? '' })}</p>
          <p className="text-sm text-neutral-600">
            {t('endsAt', { time: format.dateTime(new Date(pending.at), { dateStyle: 'medium', timeStyle: 'short' }) })}
          </p>
          <Button type="button" disabled={disconnect.isPending} onClick={() => act(false)}>
            {disconnect.isPending ? t('working') : t('disconnectCancel')}
          </Button>
        </>
      ) : (
        <Button type="button" variant="danger" disabled={disconnect.isPending} onClick={() => act(true)}>
          {disconnect.isPending ? t('working') : t('disconnectStart')}
        </Button>
      )}
      <FormError message={error} />
    </Panel>
  );
}
