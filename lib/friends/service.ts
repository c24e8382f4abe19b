// Friends: one-way contacts. `owner` adds `friend`; mutual friends have two rows.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hit, type Limit } from '@/lib/rate-limit';
import { canSeeProfile } from '@/lib/profiles/access';
import { avatarUrl } from '@/lib/profiles/urls';
import type { AddFriendInput, FriendDto, UserSearchResultDto } from './schemas';
import { normaliseLoginId } from '@/lib/accounts/schemas';
import { defer } from '@/lib/defer';
import { publishFriendsChanged } from './events';

// Searching is exact-match, but still caps how fast one person can probe login IDs.
const SEARCH_LIMIT: Limit = { name: 'user-search', max: 60, windowSeconds: 60 };
// Adding by login ID also tells whether an ID exists: capped per person like searching.
const ADD_LIMIT: Limit = { name: 'friend-add', max: 30, windowSeconds: 15 * 60 };
const collator = new Intl.Collator('ko', { numeric: true, sensitivity: 'base' });

const friendSelect = { id: true, displayName: true, statusMessage: true, avatarKey: true } as const;
type FriendRow = { hidden: boolean; friend: { id: string; displayName: string; statusMessage: string; avatarKey: string | null } };

const toFriendDto = ({ hidden, friend: f }: FriendRow): FriendDto => ({
  id: f.id,
  displayName: f.displayName,
  statusMessage: f.statusMessage,
  avatarUrl: avatarUrl(f.id, f.avatarKey),
  hidden,
});

/** My friends by display name in Korean order; hidden ones only when asked. */
export async function listFriends(ownerId: string, { includeHidden = false } = {}): Promise<FriendDto[]> {
  const rows = await db.friendship.findMany({
    where: { ownerId, friend: { deletedAt: null }, ...(includeHidden ? {} : { hidden: false }) },
    select: { hidden: true, friend: { select: friendSelect } },
  });
  return rows.map(toFriendDto).sort((a, b) => collator.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id));
}

/** Exact login ID search (case-insensitive, as login IDs are); null when no one has it. */
export async function searchUserByLoginId(actorId: string, loginId: string): Promise<UserSearchResultDto | null> {
  await hit(SEARCH_LIMIT, actorId);
  const u = await db.user.findFirst({
    where: { loginId: normaliseLoginId(loginId), deletedAt: null },
    select: { id: true, loginId: true, displayName: true, avatarKey: true, friendOf: { where: { ownerId: actorId }, select: { hidden: true } } },
  });
  if (!u) return null;
  const friendship = u.friendOf[0];
  return {
    id: u.id,
    loginId: u.loginId ?? '',
    displayName: u.displayName,
    avatarUrl: (await canSeeProfile(actorId, u.id)) ? avatarUrl(u.id, u.avatarKey) : null,
    isMe: u.id === actorId,
    isFriend: !!friendship,
    hidden: friendship?.hidden ?? false,
  };
}

async function findTarget(input: AddFriendInput) {
  const where = input.userId ? { id: input.userId } : { loginId: normaliseLoginId(input.loginId!) };
  const u = await db.user.findFirst({ where: { ...where, deletedAt: null }, select: { id: true } });
  if (!u) throw new AppError('not_found', 'errors.friendNotFound');
  return u.id;
}

/** Add a friend (one-way). Refuses myself, unknown or deleted people, and existing friends. */
export async function addFriend(ownerId: string, input: AddFriendInput): Promise<FriendDto> {
  await hit(ADD_LIMIT, ownerId);
  const friendId = await findTarget(input);
  if (friendId === ownerId) throw new AppError('validation_failed', 'errors.friendSelf');
  const existing = await db.friendship.findUnique({ where: { ownerId_friendId: { ownerId, friendId } }, select: { hidden: true } });
  if (existing) throw new AppError('conflict', existing.hidden ? 'errors.friendAlreadyHidden' : 'errors.friendAlready');
  try {
    const row = await db.friendship.create({ data: { ownerId, friendId }, select: { hidden: true, friend: { select: friendSelect } } });
    defer(publishFriendsChanged(ownerId, friendId));
    return toFriendDto(row);
  } catch (err) {
    // Two taps at once: the second finds the row the first made.
    if ((err as { code?: string }).code === 'P2002') throw new AppError('conflict', 'errors.friendAlready');
    throw err;
  }
}

function friendshipWhere(ownerId: string, friendId: string) {
  return { ownerId, friendId, friend: { deletedAt: null } };
}

export async function setFriendHidden(ownerId: string, friendId: string, hidden: boolean): Promise<FriendDto> {
  const { count } = await db.friendship.updateMany({ where: friendshipWhere(ownerId, friendId), data: { hidden } });
  if (count === 0) throw new AppError('not_found', 'errors.notFriend');
  defer(publishFriendsChanged(ownerId, friendId));
  const row = await db.friendship.findUniqueOrThrow({
    where: { ownerId_friendId: { ownerId, friendId } },
    select: { hidden: true, friend: { select: friendSelect } },
  });
  return toFriendDto(row);
}

export async function removeFriend(ownerId: string, friendId: string) {
  const { count } = await db.friendship.deleteMany({ where: { ownerId, friendId } });
  if (count === 0) throw new AppError('not_found', 'errors.notFriend');
  defer(publishFriendsChanged(ownerId, friendId));
}

/** The caller has `friendId` as a (non-deleted) friend, or 404. */
export async function assertFriendOrThrow(ownerId: string, friendId: string) {
  const f = await db.friendship.findFirst({ where: friendshipWhere(ownerId, friendId), select: { friendId: true } });
  if (!f) throw new AppError('not_found', 'errors.notFriend');
}
