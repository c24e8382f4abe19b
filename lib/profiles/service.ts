// Profiles: display name, status message, avatar and background image.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { notFound, unauthorized } from '@/lib/errors';
import { storage } from '@/lib/storage';
import { canSeeProfile } from './access';
import { toProfileWebp } from './images';
import { publishProfileChanged } from './events';
import { defer } from '@/lib/defer';
import { avatarUrl, backgroundUrl } from './urls';
import type { ImageKind, MyProfileDto, ProfileDto, UpdateProfileInput } from './schemas';

export const profileSelect = {
  id: true,
  loginId: true,
  displayName: true,
  statusMessage: true,
  avatarKey: true,
  backgroundKey: true,
} as const;
type ProfileRow = { id: string; loginId: string | null; displayName: string; statusMessage: string; avatarKey: string | null; backgroundKey: string | null };

const KEY_FIELD = { avatar: 'avatarKey', background: 'backgroundKey' } as const satisfies Record<ImageKind, keyof ProfileRow>;

function toProfileDto(u: ProfileRow, viewerId: string, friendship: { hidden: boolean } | null): ProfileDto {
  return {
    id: u.id,
    displayName: u.displayName,
    statusMessage: u.statusMessage,
    avatarUrl: avatarUrl(u.id, u.avatarKey),
    backgroundUrl: backgroundUrl(u.id, u.backgroundKey),
    isMe: u.id === viewerId,
    isFriend: !!friendship,
    hidden: friendship?.hidden ?? false,
  };
}

const mySelect = { ...profileSelect, birthday: true } as const;
const toMyProfile = (u: ProfileRow & { birthday: Date | null }): MyProfileDto => ({
  ...toProfileDto(u, u.id, null),
  loginId: u.loginId ?? '',
  birthday: u.birthday ? u.birthday.toISOString().slice(0, 10) : null,
});

export async function getMyProfile(userId: string): Promise<MyProfileDto> {
  const u = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: mySelect });
  if (!u) throw unauthorized();
  return toMyProfile(u);
}

/** Someone's profile if the viewer may see it (see canSeeProfile); 404 otherwise. */
export async function getProfileOrThrow(viewerId: string, userId: string): Promise<ProfileDto> {
  if (!(await canSeeProfile(viewerId, userId))) throw notFound();
  const [u, friendship] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: profileSelect }),
    db.friendship.findUnique({ where: { ownerId_friendId: { ownerId: viewerId, friendId: userId } }, select: { hidden: true } }),
  ]);
  return toProfileDto(u, viewerId, friendship);
}

export async function updateMyProfile(userId: string, input: UpdateProfileInput): Promise<MyProfileDto> {
  const u = await db.user.update({
    where: { id: userId, deletedAt: null },
    data: {
      displayName: input.displayName,
      statusMessage: input.statusMessage,
      ...(input.birthday !== undefined ? { birthday: input.birthday ? new Date(`${input.birthday}T00:00:00Z`) : null } : {}),
    },
    select: mySelect,
  });
  defer(publishProfileChanged(userId));
  return toMyProfile(u);
}

/** The stored image of a profile the viewer may see; 404 when hidden from them or absent. */
export async function getProfileImageOrThrow(viewerId: string, userId: string, kind: ImageKind) {
  if (!(await canSeeProfile(viewerId, userId))) throw notFound();
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: profileSelect });
  const key = u[KEY_FIELD[kind]];
  const object = key ? await storage().get(key) : null;
  if (!key || !object) throw notFound();
  return { key, object };
}

/** Point the profile at a new key (or none), returning the key it replaced. Row-locked so racing uploads each free exactly one old file. */
async function swapImageKey(userId: string, kind: ImageKind, key: string | null) {
  const field = KEY_FIELD[kind];
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Pick<ProfileRow, 'avatarKey' | 'backgroundKey'>[]>`
      SELECT "avatarKey", "backgroundKey" FROM "User" WHERE id = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (rows.length === 0) throw unauthorized();
    const user = await tx.user.update({ where: { id: userId }, data: { [field]: key }, select: mySelect });
    return { previous: rows[0][field], user };
  });
}

function removeStored(key: string | null) {
  if (!key) return Promise.resolve();
  // An orphaned file is harmless; a failed request after a successful write would not be.
  return storage().delete(key).catch((err) => console.warn('[moa] could not delete profile image:', (err as Error).message));
}

/** Replace an image: validate and re-encode first, so bad input stores nothing. */
export async function setProfileImage(userId: string, kind: ImageKind, upload: Uint8Array): Promise<MyProfileDto> {
  const image = await toProfileWebp(upload, kind);
  const key = `profiles/${userId}/${kind}-${randomBytes(12).toString('hex')}`;
  await storage().put(key, image.bytes, 'image/webp');
  let swapped;
  try {
    swapped = await swapImageKey(userId, kind, key);
  } catch (err) {
    await removeStored(key);
    throw err;
  }
  await removeStored(swapped.previous);
  defer(publishProfileChanged(userId));
  return toMyProfile(swapped.user);
}

export async function removeProfileImage(userId: string, kind: ImageKind): Promise<MyProfileDto> {
  const { previous, user } = await swapImageKey(userId, kind, null);
  await removeStored(previous);
  defer(publishProfileChanged(userId));
  return toMyProfile(user);
}
