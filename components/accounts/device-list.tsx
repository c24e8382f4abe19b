'use client';

import { signOutToLogin } from '@/lib/accounts/auth-client';
import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { ApiError } from '@/lib/api-client';
import { useDeviceSessions, useSignOutDevice, useSignOutOtherDevices } from '@/lib/accounts/queries';
import type { DeviceSessionDto } from '@/lib/accounts/schemas';
import { disablePush } from '@/lib/notifications/push-client';

/** This device signs out the usual way, so the browser stops getting this person's pushes too. */
async function signOutHere() {
  await disablePush().catch(() => {});
  await signOutToLogin();
}

function DeviceRow({ d, onSignOut, pending }: { d: DeviceSessionDto; onSignOut: () => void; pending: boolean }) {
  const t = useTranslations('devices');
  const format = useFormatter();
  const browser = d.browser ?? t('unknownBrowser');
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li data-testid="device" data-current={d.current ? 'true' : 'false'} className="flex flex-wrap items-center justify-between gap-3 py-4">
      <div className="flex min-w-0 flex-col">
        <p className="font-bold">
          {d.os ? t('name', { browser, os: d.os }) : browser}
          {d.current && <span className="ml-2 rounded-full bg-grape-100 px-2 py-0.5 text-xs font-semibold text-grape-800">{t('thisDevice')}</span>}
        </p>
        <p className="text-sm text-neutral-600">{t('lastSeen', { when: when(d.lastSeenAt) })}</p>
        <p className="text-xs text-neutral-500">{t('signedIn', { when: when(d.createdAt), ip: d.ip })}</p>
      </div>
      <Button type="button" variant="secondary" disabled={pending} onClick={onSignOut}>
        {d.current ? t('signOutHere') : t('signOut')}
      </Button>
    </li>
  );
}

/** 나 → 기기: every device signed in to my account; sign one out, or all but this one. */
export function DeviceList({ initial }: { initial: DeviceSessionDto[] }) {
  const t = useTranslations();
  const list = useDeviceSessions(initial);
  const one = useSignOutDevice();
  const others = useSignOutOtherDevices();
  const [done, setDone] = useState<number | null>(null);
  const sessions = list.data ?? [];
  const error = one.error ?? others.error;
  const errorText = error ? (error instanceof ApiError && error.message ? error.message : t('errors.network')) : undefined;

  async function signOutDevice(d: DeviceSessionDto) {
    if (d.current) return signOutHere();
    setDone(null);
    await one.mutateAsync(d.id).catch(() => {});
  }

  return (
    <div className="flex flex-col gap-4">
      <ul className="divide-y divide-neutral-200 rounded-2xl bg-white px-5 shadow-sm" aria-label={t('devices.title')}>
        {sessions.map((d) => (
          <DeviceRow key={d.id} d={d} pending={one.isPending && one.variables === d.id} onSignOut={() => void signOutDevice(d)} />
        ))}
      </ul>
      <FormError message={errorText} />
      {done !== null && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('devices.othersSignedOut', { count: done })}</p>}
      <Button
        type="button"
        variant="danger"
        disabled={others.isPending || sessions.every((d) => d.current)}
        onClick={async () => {
          setDone(null);
          const r = await others.mutateAsync().catch(() => null);
          if (r) setDone(r.revoked);
        }}
      >
        {t('devices.signOutOthers')}
      </Button>
    </div>
  );
}
