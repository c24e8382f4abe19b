'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import { useErrorText } from '@/components/friends/use-error-text';
import { useMyProfile, useUpdateProfile } from '@/lib/profiles/queries';
import { STATUS_MAX } from '@/lib/profiles/limits';
import type { MyProfileDto } from '@/lib/profiles/schemas';
import { ProfileImageField } from './profile-image-field';

/** 나 → 프로필 편집: name, status message, avatar and background. */
export function ProfileEditor({ initial }: { initial: MyProfileDto }) {
  const t = useTranslations();
  const router = useRouter();
  const profile = useMyProfile(initial).data ?? initial;
  const update = useUpdateProfile();
  const errorText = useErrorText();
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [statusMessage, setStatusMessage] = useState(initial.statusMessage);
  const [birthday, setBirthday] = useState(initial.birthday ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    // zod (30 KiB gzipped) loads on the first save, not with /me.
    const { updateProfileSchema } = await import('@/lib/profiles/schemas').catch(() => ({ updateProfileSchema: null }));
    if (!updateProfileSchema) return setFieldErrors({ _: t('errors.network') });
    const check = updateProfileSchema.safeParse({ displayName, statusMessage, birthday });
    if (!check.success) {
      const errors: Record<string, string> = {};
      for (const issue of check.error.issues) errors[String(issue.path[0] ?? '_')] ??= t(issue.message as never);
      return setFieldErrors(errors);
    }
    setFieldErrors({});
    // The page header shows the name from the server: refresh it after saving.
    update.mutate(check.data, { onSuccess: () => router.refresh() });
  }

  const statusLength = Array.from(statusMessage.trim()).length;
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-lg font-bold">{t('profile.editTitle')}</h2>
      <ProfileImageField kind="avatar" url={profile.avatarUrl} />
      <ProfileImageField kind="background" url={profile.backgroundUrl} />
      <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-label={t('profile.editTitle')}>
        <TextField
          label={t('profile.displayName')}
          name="displayName"
          autoComplete="nickname"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldErrors.displayName}
          required
          maxLength={30}
        />
        <TextField
          label={t('profile.statusMessage')}
          name="statusMessage"
          value={statusMessage}
          onChange={(e) => setStatusMessage(e.target.value)}
          hint={t('profile.statusCount', { count: statusLength, max: STATUS_MAX })}
          error={fieldErrors.statusMessage}
        />
        <TextField
          label={t('profile.birthdayLabel')}
          name="birthday"
          type="date"
          value={birthday}
          onChange={(e) => setBirthday(e.target.value)}
          hint={t('profile.birthdayHelp')}
          error={fieldErrors.birthday}
        />
        <FormError message={fieldErrors._ ?? (update.error ? errorText(update.error) : null)} />
        {update.isSuccess && !update.isPending && (
          <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{t('profile.saved')}</p>
        )}
        <Button type="submit" disabled={update.isPending}>{update.isPending ? t('profile.saving') : t('profile.save')}</Button>
      </form>
    </div>
  );
}
