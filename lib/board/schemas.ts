// Wishlist, catalog and grape-board input schemas and the shapes the API returns,
// shared by server and client. Messages are message-file keys.
import { z } from 'zod';
import { id, idSchema, line, url } from '@/lib/schemas';
import type { UserBrief } from '@/lib/users/brief';

export const CATEGORY_IDS = ['toys', 'books', 'stationery', 'electronics', 'sports', 'dolls', 'boardgames', 'snacks', 'clothes', 'crafts'] as const;
export type CatalogCategory = (typeof CATEGORY_IDS)[number];

export const GOAL_MIN = 10;
export const GOAL_MAX = 50;
export const GOAL_DEFAULT = 31;
/** Grapes a parent may give in one go (a board never holds more than GOAL_MAX). */
export const GIVE_MAX = GOAL_MAX;
export const WISH_NAME_MAX = 100;
export const MAX_OPEN_WISHES = 50;

export const familyParams = z.object({ circleId: idSchema });
export const wishParams = z.object({ circleId: idSchema, wishId: idSchema });
export const boardParams = z.object({ circleId: idSchema, boardId: idSchema });

export const catalogQuerySchema = z.object({
  q: line().max(50, { error: 'wishlist.errors.queryTooLong' }).default(''),
  category: z.enum(CATEGORY_IDS, { error: 'wishlist.errors.categoryUnknown' }).optional(),
  limit: z.coerce.number().int().min(1).max(60).default(24),
});
export type CatalogQueryInput = z.infer<typeof catalogQuerySchema>;

const httpUrl = url({ protocol: /^https?$/, error: 'wishlist.errors.linkInvalid' }).max(2000, { error: 'wishlist.errors.linkInvalid' });
/** Our own catalog drawings, or a shop's https image. */
const imageUrl = z.union([z.string().regex(/^\/catalog\/[a-z]+-\d{2}\.svg$/), url({ protocol: /^https$/ }).max(2000)], {
  error: 'wishlist.errors.imageInvalid',
});

const priceSchema = z
  .number({ error: 'wishlist.errors.priceInvalid' })
  .int({ error: 'wishlist.errors.priceInvalid' })
  .min(0, { error: 'wishlist.errors.priceInvalid' })
  .max(100_000_000, { error: 'wishlist.errors.priceInvalid' });

export const addWishSchema = z
  .object({
    /** Required unless it is a bundled catalog item (whose name comes from the catalog). */
    name: line('wishlist.errors.nameRequired')
      .min(1, { error: 'wishlist.errors.nameRequired' })
      .max(WISH_NAME_MAX, { error: 'wishlist.errors.nameTooLong' })
      .optional(),
    price: priceSchema.nullish(),
    // An empty box on the form means "no link".
    link: z.union([z.literal('').transform(() => null), httpUrl]).nullish(),
    imageUrl: imageUrl.nullish(),
    /** Where it came from: a catalog item (bundled or Naver) or typed by hand. */
    source: z.enum(['bundled', 'naver', 'manual']).default('manual'),
    sourceId: line().min(1).max(100).optional(),
  })
  .refine((w) => w.source === 'bundled' || w.name !== undefined, { path: ['name'], error: 'wishlist.errors.nameRequired' });
export type AddWishInput = z.infer<typeof addWishSchema>;

export const startBoardSchema = z.object({
  wishId: id('board.errors.wishRequired'),
  goal: z
    .number({ error: 'board.errors.goalRange' })
    .int({ error: 'board.errors.goalRange' })
    .min(GOAL_MIN, { error: 'board.errors.goalRange' })
    .max(GOAL_MAX, { error: 'board.errors.goalRange' })
    .default(GOAL_DEFAULT),
});

export const giveGrapesSchema = z.object({
  count: z
    .number({ error: 'board.errors.countRange' })
    .int({ error: 'board.errors.countRange' })
    .min(1, { error: 'board.errors.countRange' })
    .max(GIVE_MAX, { error: 'board.errors.countRange' })
    .default(1),
});

/** How many waiting grapes the child attaches: a number (capped by what waits) or 'all'; one by default. */
export const attachSchema = z.object({
  count: z
    .union([
      z.literal('all'),
      z.number({ error: 'board.errors.countRange' }).int({ error: 'board.errors.countRange' }).min(1, { error: 'board.errors.countRange' }).max(GOAL_MAX, { error: 'board.errors.countRange' }),
    ], { error: 'board.errors.countRange' })
    .default(1),
});

export type WishStatus = 'WISHED' | 'ON_BOARD' | 'GIVEN';
export type BoardStatus = 'ACTIVE' | 'GIFT_TIME' | 'DONE' | 'CANCELLED';
/** The states in a child's open slot (one at a time); DONE and CANCELLED are final. */
export const OPEN_BOARD_STATUSES = ['ACTIVE', 'GIFT_TIME'] as const;
export type WishSource = 'bundled' | 'naver' | 'manual';

export interface CatalogItemDto {
  id: string;
  name: string;
  category: CatalogCategory;
  price: number | null;
  imageUrl: string | null;
  link: string | null;
}

export interface CatalogResultDto {
  items: CatalogItemDto[];
  /** Which provider answered (Naver falls back to the bundled catalog when it fails). */
  provider: 'bundled' | 'naver';
}

export interface WishDto {
  id: string;
  circleId: string;
  childId: string;
  name: string;
  imageUrl: string | null;
  price: number | null;
  link: string | null;
  source: string;
  sourceId: string | null;
  status: WishStatus;
  createdAt: string;
  givenAt: string | null;
}

export interface BoardDto {
  id: string;
  circleId: string;
  childId: string;
  goal: number;
  given: number;
  attached: number;
  status: BoardStatus;
  /** Grows with every change (given + attached, +1 when done or cancelled): clients drop older copies. */
  version: number;
  startedById: string;
  createdAt: string;
  fullAt: string | null;
  giftGivenAt: string | null;
  cancelledAt: string | null;
  wish: WishDto;
}

export interface ChildBoardDto {
  child: UserBrief;
  /** The child's open board (ACTIVE or GIFT_TIME), if any. */
  board: BoardDto | null;
}

export interface BoardsDto {
  children: ChildBoardDto[];
  /** Finished boards, newest gift first. */
  history: BoardDto[];
}

export interface ChildWishesDto {
  child: UserBrief;
  wishes: WishDto[];
}

/** Parents see every child's list; a child sees their own. */
export interface WishesDto {
  children: ChildWishesDto[];
}

export type BoardChangeKind = 'started' | 'given' | 'attached' | 'gift' | 'cancelled';

/** The `board` event on `private-circle-{id}`: the same board DTO the GET returns, plus what changed. */
export interface BoardEvent {
  board: BoardDto;
  change: { kind: BoardChangeKind; count: number; actorId: string };
}

/** One child on a family card on Home. */
export interface ChildSummaryDto {
  child: UserBrief;
  board: BoardDto | null;
  /** Today's missions still to do, and those waiting for approval; null for a sibling's (a child sees only their own). */
  missions: { todo: number; awaiting: number } | null;
}

/** GET /api/families/[circleId]/summary: what the family card on Home shows. */
export interface FamilySummaryDto {
  circleId: string;
  today: string;
  children: ChildSummaryDto[];
}

/** The `wish` / `wish-removed` events on the child's and the parents' `private-user-{id}`. */
export interface WishEvent {
  circleId: string;
  wish: WishDto;
}
export interface WishRemovedEvent {
  circleId: string;
  id: string;
  childId: string;
}
