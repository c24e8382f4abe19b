import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { AppError } from '@/lib/errors';
import { getT } from '@/lib/i18n/server';
import { userParams } from '@/lib/profiles/schemas';
import { getProfileOrThrow } from '@/lib/profiles/service';
import { ProfileView } from '@/components/profiles/profile-view';

export async function generateMetadata() {
  return { title: (await getT())('profile.title') };
}

export default async function ProfilePage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requirePageUser();
  const parsed = userParams.safeParse(await params);
  if (!parsed.success) notFound();
  const profile = await getProfileOrThrow(user.id, parsed.data.userId).catch((err: unknown) => {
    // Someone the viewer may not see looks exactly like someone who does not exist.
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  });
  return <ProfileView initial={profile} />;
}
