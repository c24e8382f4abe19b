// What a family card on Home shows: each child's open board (gift, grapes given and
// attached of the goal) and today's missions. Built from the same reads the board and
// missions screens use, so the numbers always agree with them.
import { listMissions } from '@/lib/missions/service';
import type { MissionRunDto } from '@/lib/missions/schemas';
import { getFamilyMemberOrThrow } from '@/lib/circles/access';
import { listBoards } from './service';
import type { FamilySummaryDto } from './schemas';

export async function getFamilySummary(userId: string, circleId: string): Promise<FamilySummaryDto> {
  const me = await getFamilyMemberOrThrow(userId, circleId);
  const [boards, missions] = await Promise.all([listBoards(userId, circleId), listMissions(userId, circleId, {}, { withDone: false })]);
  const count = (runs: MissionRunDto[], childId: string) => runs.filter((r) => r.mission.childId === childId).length;
  return {
    circleId,
    today: missions.today,
    children: boards.children.map(({ child, board }) => ({
      child,
      board,
      // A child sees only their own missions, so a sibling's count is not shown to them.
      missions: me.role === 'PARENT' || child.id === userId ? { todo: count(missions.todo, child.id), awaiting: count(missions.awaiting, child.id) } : null,
    })),
  };
}

/** Home: the summary of each of my family circles, by id (one that fails to load is left to the client). */
export async function familySummaries(userId: string, circles: { id: string; kind: string }[]): Promise<Record<string, FamilySummaryDto>> {
  const families = circles.filter((c) => c.kind === 'FAMILY');
  const loaded = await Promise.all(families.map((c) => getFamilySummary(userId, c.id).catch(() => null)));
  return Object.fromEntries(loaded.flatMap((s) => (s ? [[s.circleId, s]] : [])));
}
