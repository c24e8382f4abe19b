'use client';

import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { useAnswerCoupleRequest, useCoupleRequests, useSendCoupleRequest, type RequestAction } from '@/lib/circles/queries';
import type { CoupleRequestDto, CoupleRequestsDto } from '@/lib/circles/schemas';
import { Panel } from './panel';
import { useErrorText, useFieldSubmit } from './use-form';

function RequestList({ title, empty, items, actions, onAction, busy }: {
  title: string;
  empty: string;
  items: CoupleRequestDto[];
  actions: RequestAction[];
  onAction: (id: string, action: RequestAction) => void;
  busy: boolean;
}) {
  const t = useTranslations('couple');
  const text = { accept: t('accept'), reject: t('reject'), cancel: t('cancel') };
  const label = (a: RequestAction, name: string) =>
    a === 'accept' ? t('acceptLabel', { name }) : a === 'reject' ? t('rejectLabel', { name }) : t('cancelLabel', { name });
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold text-neutral-800">{title}</h4>
      {items.length === 0 ? (
        <p className="text-sm text-neutral-600">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-grape-50 px-4 py-3">
              <span className="font-medium">{t('person', { name: r.user.displayName, loginId: r.user.loginId })}</span>
              <span className="flex gap-2">
                {actions.map((a) => (
                  <Button
                    key={a}
                    type="button"
                    variant={a === 'accept' ? 'primary' : 'secondary'}
                    aria-label={label(a, r.user.displayName)}
                    disabled={busy}
                    onClick={() => onAction(r.id, a)}
                  >
                    {text[a]}
                  </Button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Send a couple request by login ID and answer the ones sent and received, live. */
export function CouplePanel({ loginId, initialRequests }: { loginId: string; initialRequests: CoupleRequestsDto }) {
  const t = useTranslations('couple');
  const errorText = useErrorText();
  const requests = useCoupleRequests(initialRequests);
  const send = useSendCoupleRequest();
  const answer = useAnswerCoupleRequest();
  const { status, setStatus, onSubmit } = useFieldSubmit('loginId', send.mutateAsync, ({ request }) => t('sent', { name: request.user.displayName }));

  function onAction(id: string, action: RequestAction) {
    setStatus({});
    answer.mutate({ id, action }, { onError: (err) => setStatus({ error: errorText(err) }) });
  }

  const { sent, received } = requests.data ?? { sent: [], received: [] };
  return (
    <Panel id="couple-connect-heading" title={t('requestTitle')} body={t('requestBody')}>
      <RequestList title={t('receivedTitle')} empty={t('noReceived')} items={received} actions={['accept', 'reject']} onAction={onAction} busy={answer.isPending} />
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
        <TextField label={t('loginIdLabel')} name="loginId" autoComplete="off" autoCapitalize="none" spellCheck={false} required hint={t('myLoginId', { loginId })} />
        <FormError message={status.error} />
        {status.done && <p role="status" className="text-sm text-grape-700">{status.done}</p>}
        <Button type="submit" disabled={send.isPending}>{send.isPending ? t('sending') : t('send')}</Button>
      </form>
      <RequestList title={t('sentTitle')} empty={t('noSent')} items={sent} actions={['cancel']} onAction={onAction} busy={answer.isPending} />
    </Panel>
  );
}
