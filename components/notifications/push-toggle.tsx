'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { currentPushState, disablePush, enablePush, type PushState } from '@/lib/notifications/push-client';

const PROBLEMS: PushState[] = ['unsupported', 'unavailable', 'denied', 'failed', 'saveFailed'];

/** "이 기기에서 알림 받기": subscribe this browser to web push, or explain why it can't. */
export function PushToggle() {
  const t = useTranslations('notifications.push');
  const [state, setState] = useState<PushState>('checking');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    currentPushState()
      .then((s) => live && setState(s))
      .catch(() => live && setState('off'));
    return () => {
      live = false;
    };
  }, []);

  const on = state === 'on';
  const blocked = state === 'unsupported' || state === 'checking';
  const toggle = async () => {
    setBusy(true);
    try {
      setState(await (on ? disablePush() : enablePush()));
    } catch {
      setState('saveFailed');
    } finally {
      setBusy(false);
    }
  };
  const message = busy ? 'working' : state === 'checking' ? null : state;
  const problem = !busy && PROBLEMS.includes(state);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-4">
        <span id="push-toggle-label" className="font-semibold">{t('toggle')}</span>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="push-toggle-label"
          aria-describedby="push-toggle-status"
          disabled={busy || blocked}
          onClick={toggle}
          className={`relative inline-flex h-8 w-14 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-grape-600 disabled:opacity-50 ${on ? 'bg-grape-600' : 'bg-neutral-300'}`}
        >
          <span aria-hidden className={`inline-block h-6 w-6 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-7' : 'translate-x-1'}`} />
        </button>
      </div>
      <p id="push-toggle-status" role={problem ? 'alert' : 'status'} className={`text-sm ${problem ? 'text-red-700' : 'text-neutral-600'}`}>
        {message ? t(message) : ''}
      </p>
    </div>
  );
}
