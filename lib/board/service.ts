// Grape boards: start one from a wish, give grapes, attach them, mark the gift given.
//
// ── giveGrapes(tx, boardId, count, actorId, missionRunId?, circleId?) — for other domains
// (missions call it inside their approval transaction):
//   • `tx` is `db` or an interactive transaction; the give is ONE SQL statement (conditional
//     UPDATE + GrapeEvent insert), so it is atomic either way and commits with your tx.
//   • It does not check who the actor is: authorize first (a parent of the board's family).
//   • `count` is an integer 1..50. The board must be ACTIVE and given + count <= goal.
//     Otherwise it throws AppError: 404 `not_found` (no such board, or not in `circleId`
//     when given), 409 `conflict` (board full / gift time / done, or too many grapes:
//     details.left says how many still fit), 422 for a bad count. A thrown error leaves your
//     transaction failed: roll back (let it throw), or clamp the count first (read the open
//     board FOR UPDATE in your tx: left = goal - given while ACTIVE).
//   • It returns the board DTO after the change. It publishes nothing: AFTER your commit call
//     `publishBoard(board, { kind: 'given', count, actorId })` from ./events (open screens), or
//     `announceBoardChange(...)` here, which also tells the child in the notification center.
import { db, type Tx } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { assertChild, assertParent, getFamilyMemberOrThrow, listChildren } from '@/lib/circles/access';
import { toBoardDto } from './dto';
import { publishBoard } from './events';
import { notifyGiftTime, notifyGrapesGiven } from './notify';
import { pgErrorCode } from '@/lib/sql';
import { attachStatement, cancelStatement, giftStatement, giveStatement, startStatement } from './statements';
import { GIVE_MAX, GOAL_MAX, OPEN_BOARD_STATUSES, type BoardChangeKind, type BoardDto, type BoardStatus, type BoardsDto } from './schemas';

const HISTORY_LIMIT = 30;
const boardInclude = { wish: true } as const;

const conflict = (key: string, details?: Record<string, unknown>) => new AppError('conflict', key, details);

/** Why a board that is not ACTIVE refused a grape. */
const notActive = (status: BoardStatus) =>
  conflict(status === 'GIFT_TIME' ? 'board.errors.giftTimeAlready' : status === 'CANCELLED' ? 'board.errors.boardCancelled' : 'board.errors.boardDone');

/** Run a board statement; the database's own guards (CHECK, unique index) become 409s. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = pgErrorCode(err) ?? ((err as { code?: string }).code === 'P2002' ? '23505' : undefined);
    if (code === '23514') throw conflict('board.errors.countsInvalid');
    if (code === '23505') throw conflict('board.errors.openBoardExists');
    throw err;
  }
}

/** Why a give matched no row: 404 or the rule it broke (checked in the same scope). */
async function explainGive(tx: Tx, boardId: string, circleId: string | null, count: number): Promise<never> {
  const b = await tx.board.findFirst({ where: { id: boardId, ...(circleId ? { circleId } : {}) }, select: { goal: true, given: true, status: true } });
  if (!b) throw notFound();
  if (b.status !== 'ACTIVE') throw notActive(b.status);
  throw conflict('board.errors.overGoal', { left: b.goal - b.given, count });
}

export async function giveGrapes(tx: Tx, boardId: string, count: number, actorId: string, missionRunId?: string | null, circleId?: string): Promise<BoardDto> {
  if (!Number.isInteger(count) || count < 1 || count > GIVE_MAX) throw new AppError('validation_failed', 'board.errors.countRange');
  const row = await guarded(() => giveStatement(tx, { boardId, circleId: circleId ?? null, count, actorId, missionRunId: missionRunId ?? null, at: now() }));
  return row ? toBoardDto(row) : explainGive(tx, boardId, circleId ?? null, count);
}

/** After the commit: tell every open screen, and the people who should hear about it. */
export function announceBoardChange(board: BoardDto, change: { kind: BoardChangeKind; count: number; actorId: string }) {
  // Open screens first; the notification's own writes start once the event is out.
  return defer(
    publishBoard(board, change).then(() => {
      if (change.kind === 'given') return notifyGrapesGiven(board, change.count);
      if (change.kind === 'attached' && board.status === 'GIFT_TIME') return notifyGiftTime(board);
    }),
  );
}

/** Every child's open board and the family's finished ones. Any member may look. */
export async function listBoards(userId: string, circleId: string): Promise<BoardsDto> {
  await getFamilyMemberOrThrow(userId, circleId);
  const children = await listChildren(circleId);
  const childIds = children.map((c) => c.id);
  const [open, done] = await Promise.all([
    db.board.findMany({ where: { circleId, childId: { in: childIds }, status: { in: [...OPEN_BOARD_STATUSES] } }, include: boardInclude }),
    db.board.findMany({ where: { circleId, status: 'DONE' }, include: boardInclude, orderBy: { giftGivenAt: 'desc' }, take: HISTORY_LIMIT }),
  ]);
  return {
    children: children.map((child) => {
      const b = open.find((x) => x.childId === child.id);
      return { child, board: b ? toBoardDto(b) : null };
    }),
    history: done.map(toBoardDto),
  };
}

export async function getBoard(userId: string, circleId: string, boardId: string): Promise<BoardDto> {
  await getFamilyMemberOrThrow(userId, circleId);
  const b = await db.board.findFirst({ where: { id: boardId, circleId }, include: boardInclude });
  if (!b) throw notFound();
  return toBoardDto(b);
}

/** A parent starts a child's board with one of that child's wishes (goal 10..50). */
export async function startBoard(userId: string, circleId: string, input: { wishId: string; goal: number }): Promise<BoardDto> {
  assertParent(await getFamilyMemberOrThrow(userId, circleId), 'board.errors.onlyParentsStart');
  const row = await guarded(() => startStatement(db, { circleId, wishId: input.wishId, goal: input.goal, actorId: userId, at: now() }));
  if (!row) {
    // A wish the child removed is gone as far as anyone can see (kept only for the calendar).
    const wish = await db.wish.findFirst({ where: { id: input.wishId, circleId, removedAt: null }, select: { status: true, childId: true } });
    const isChild = wish && (await db.circleMember.count({ where: { circleId, userId: wish.childId, role: 'CHILD' } }));
    if (!wish || !isChild) throw notFound();
    throw conflict(wish.status === 'GIVEN' ? 'wishlist.errors.alreadyGiven' : 'wishlist.errors.alreadyOnBoard');
  }
  const board = toBoardDto(row);
  announceBoardChange(board, { kind: 'started', count: 0, actorId: userId });
  return board;
}

/** A parent gives `count` grapes to a board of their family. */
export async function giveGrapesAsParent(userId: string, circleId: string, boardId: string, count: number): Promise<BoardDto> {
  assertParent(await getFamilyMemberOrThrow(userId, circleId), 'board.errors.onlyParentsGive');
  const board = await giveGrapes(db, boardId, count, userId, null, circleId);
  announceBoardChange(board, { kind: 'given', count, actorId: userId });
  return board;
}

/** The board's child attaches given grapes: one, `count` (capped by what waits), or all that wait. */
export async function attachGrape(userId: string, circleId: string, boardId: string, count: number | 'all' = 1): Promise<BoardDto> {
  assertChild(await getFamilyMemberOrThrow(userId, circleId), 'board.errors.onlyChildAttaches');
  const n = count === 'all' ? GOAL_MAX : count;
  if (!Number.isInteger(n) || n < 1 || n > GOAL_MAX) throw new AppError('validation_failed', 'board.errors.countRange');
  const done = await guarded(() => attachStatement(db, { boardId, circleId, childId: userId, count: n, at: now() }));
  if (!done) {
    const b = await db.board.findFirst({ where: { id: boardId, circleId }, select: { childId: true, status: true } });
    if (!b) throw notFound();
    if (b.childId !== userId) throw new AppError('forbidden', 'board.errors.notYourBoard');
    if (b.status !== 'ACTIVE') throw notActive(b.status);
    throw conflict('board.errors.nothingToAttach');
  }
  const board = toBoardDto(done.row);
  announceBoardChange(board, { kind: 'attached', count: done.count, actorId: userId });
  return board;
}

/** A parent marks the gift given: the board moves to history, the wish is GIVEN. */
export async function markGiftGiven(userId: string, circleId: string, boardId: string): Promise<BoardDto> {
  assertParent(await getFamilyMemberOrThrow(userId, circleId), 'board.errors.onlyParentsGift');
  const row = await guarded(() => giftStatement(db, { boardId, circleId, at: now() }));
  if (!row) {
    const b = await db.board.findFirst({ where: { id: boardId, circleId }, select: { status: true } });
    if (!b) throw notFound();
    throw conflict(b.status === 'DONE' ? 'board.errors.giftAlreadyGiven' : b.status === 'CANCELLED' ? 'board.errors.boardCancelled' : 'board.errors.notFullYet');
  }
  const board = toBoardDto(row);
  announceBoardChange(board, { kind: 'gift', count: 0, actorId: userId });
  return board;
}

/**
 * A parent cancels a board started by mistake (the wrong gift): it leaves the child's
 * open slot, the wish is back on the wishlist as not given, and a new board may start.
 * Grapes already given stay in the calendar as earned; they do not move to the next board.
 */
export async function cancelBoard(userId: string, circleId: string, boardId: string): Promise<BoardDto> {
  assertParent(await getFamilyMemberOrThrow(userId, circleId), 'board.errors.onlyParentsCancel');
  const row = await cancelStatement(db, { boardId, circleId, actorId: userId, at: now() });
  if (!row) {
    const b = await db.board.findFirst({ where: { id: boardId, circleId }, select: { status: true } });
    if (!b) throw notFound();
    throw conflict(b.status === 'DONE' ? 'board.errors.cancelGiven' : 'board.errors.boardCancelled');
  }
  const board = toBoardDto(row);
  announceBoardChange(board, { kind: 'cancelled', count: 0, actorId: userId });
  return board;
}
