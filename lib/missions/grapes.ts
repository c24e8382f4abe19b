// Where an approved mission meets the grape board: inside the approval's transaction,
// the child's open board is locked, the reward is clamped to the room left (the
// database refuses over-filling) and given through the board's own giveGrapes.
import type { Tx } from '@/lib/db';
import { giveGrapes } from '@/lib/board/service';
import { publishBoard } from '@/lib/board/events';

export interface RewardResult {
  given: number;
  shortfall: 'no_board' | 'board_full' | null;
  /** After commit: the board's open screens update (nothing to do when no grape moved). */
  afterCommit: () => Promise<unknown>;
}

interface RewardInput {
  circleId: string;
  childId: string;
  reward: number;
  actorId: string;
  missionRunId: string;
}

const nothing = async () => {};

export async function giveMissionReward(tx: Tx, input: RewardInput): Promise<RewardResult> {
  // Locked until commit, so a parent's direct give cannot take the room counted here.
  const [board] = await tx.$queryRaw<{ id: string; goal: number; given: number; status: string }[]>`
    SELECT "id", "goal", "given", "status"::text AS "status" FROM "Board"
    WHERE "circleId" = ${input.circleId} AND "childId" = ${input.childId} AND "status" IN ('ACTIVE', 'GIFT_TIME')
    FOR UPDATE`;
  if (!board) return { given: 0, shortfall: 'no_board', afterCommit: nothing };
  const left = board.status === 'ACTIVE' ? board.goal - board.given : 0;
  const give = Math.max(0, Math.min(input.reward, left));
  if (!give) return { given: 0, shortfall: 'board_full', afterCommit: nothing };
  const dto = await giveGrapes(tx, board.id, give, input.actorId, input.missionRunId, input.circleId);
  return {
    given: give,
    shortfall: give < input.reward ? 'board_full' : null,
    // Realtime only: the child hears about these grapes in the mission's own notification.
    afterCommit: () => publishBoard(dto, { kind: 'given', count: give, actorId: input.actorId }),
  };
}
