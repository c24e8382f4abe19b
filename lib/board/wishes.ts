// The wishlist: a child adds gifts (from the catalog or typed by hand) and removes the
// ones not yet on a board; parents see every child's list to pick a board's gift.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { assertChild, getFamilyMemberOrThrow, listChildren } from '@/lib/circles/access';
import { bundledItem } from './catalog-bundled';
import { toWishDto } from './dto';
import { publishWish, publishWishRemoved } from './events';
import { MAX_OPEN_WISHES, type AddWishInput, type WishDto, type WishesDto } from './schemas';

const LIST_LIMIT = 200;

export async function listWishes(userId: string, circleId: string): Promise<WishesDto> {
  const me = await getFamilyMemberOrThrow(userId, circleId);
  const children = (await listChildren(circleId)).filter((c) => me.role === 'PARENT' || c.id === userId);
  const rows = await db.wish.findMany({
    where: { circleId, childId: { in: children.map((c) => c.id) }, removedAt: null },
    // WISHED, then ON_BOARD, then GIVEN (enum order); newest first within each.
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
    take: LIST_LIMIT,
  });
  return { children: children.map((child) => ({ child, wishes: rows.filter((w) => w.childId === child.id).map(toWishDto) })) };
}

/** What gets stored: a bundled item is taken from our own catalog, never from the body. */
function resolve(input: AddWishInput) {
  if (input.source === 'bundled') {
    const item = input.sourceId ? bundledItem(input.sourceId) : undefined;
    if (!item) throw new AppError('validation_failed', 'wishlist.errors.catalogItemUnknown');
    return { name: item.name, price: item.price, imageUrl: item.imageUrl, link: item.link, source: 'bundled', sourceId: item.id };
  }
  if (input.source === 'naver' && !input.sourceId) throw new AppError('validation_failed', 'wishlist.errors.catalogItemUnknown');
  // The schema requires a name for anything but a bundled item.
  return {
    name: input.name ?? '',
    price: input.price ?? null,
    // Typed by hand: no picture (nothing to vouch for); from Naver: the shop's https image.
    imageUrl: input.source === 'naver' ? (input.imageUrl ?? null) : null,
    link: input.link ?? null,
    source: input.source,
    sourceId: input.source === 'naver' ? input.sourceId! : null,
  };
}

/** A child adds a gift to their own list. */
export async function addWish(userId: string, circleId: string, input: AddWishInput): Promise<WishDto> {
  assertChild(await getFamilyMemberOrThrow(userId, circleId), 'wishlist.errors.onlyChildrenWish');
  const data = resolve(input);
  const open = await db.wish.findMany({ where: { circleId, childId: userId, status: 'WISHED', removedAt: null }, select: { source: true, sourceId: true, name: true } });
  if (open.length >= MAX_OPEN_WISHES) throw new AppError('conflict', 'wishlist.errors.tooMany', { max: MAX_OPEN_WISHES });
  const same = open.some((w) => (data.sourceId ? w.source === data.source && w.sourceId === data.sourceId : w.name === data.name && !w.sourceId));
  if (same) throw new AppError('conflict', 'wishlist.errors.duplicate');
  const wish = toWishDto(await db.wish.create({ data: { ...data, circleId, childId: userId, createdAt: now() } }));
  defer(publishWish(wish));
  return wish;
}

/** A child removes one of their own gifts while it is only wished (not on a board, not given). */
export async function removeWish(userId: string, circleId: string, wishId: string) {
  const me = await getFamilyMemberOrThrow(userId, circleId);
  const wish = await db.wish.findFirst({ where: { id: wishId, circleId, removedAt: null }, select: { childId: true, status: true } });
  if (!wish) throw notFound();
  assertChild(me, 'wishlist.errors.onlyChildRemoves');
  if (wish.childId !== userId) throw new AppError('forbidden', 'wishlist.errors.notYourWish');
  const where = { id: wishId, circleId, childId: userId, status: 'WISHED', removedAt: null } as const;
  // A wish that was on a cancelled board is hidden, not deleted: that board's grapes stay in the calendar.
  const deleted = await db.wish.deleteMany({ where: { ...where, boards: { none: {} } } });
  const { count } = deleted.count ? deleted : await db.wish.updateMany({ where, data: { removedAt: now() } });
  if (!count) throw new AppError('conflict', wish.status === 'GIVEN' ? 'wishlist.errors.alreadyGiven' : 'wishlist.errors.alreadyOnBoard');
  defer(publishWishRemoved(circleId, wishId, userId));
  return { ok: true };
}
