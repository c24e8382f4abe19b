// The family calendar, counted from the records themselves: grape events (GIVEN),
// approved mission runs (by the day they were approved) and boards whose gift was
// given. Days are Korean days; a child sees their own, a parent one child or all.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { getFamilyMemberOrThrow } from '@/lib/circles/access';
import { childScope } from '@/lib/missions/access';
import { kstDay, kstDayEnd, kstDayStart, monthRange, type Day } from '@/lib/missions/schedule';
import type { CalendarDayDto, CalendarDto, CalendarQuery } from './schemas';

export async function getFamilyCalendar(actorId: string, circleId: string, q: CalendarQuery): Promise<CalendarDto> {
  const f = await getFamilyMemberOrThrow(actorId, circleId);
  const today = kstDay(now());
  const month = q.month ?? today.slice(0, 7);
  const { first, last } = monthRange(month);
  const range = { gte: kstDayStart(first), lte: kstDayEnd(last) };
  const scope = { circleId, ...childScope(f, q.childId) };
  const [grapes, runs, gifts] = await Promise.all([
    db.grapeEvent.findMany({ where: { kind: 'GIVEN', createdAt: range, board: scope }, select: { count: true, createdAt: true } }),
    db.missionRun.findMany({ where: { status: 'APPROVED', decidedAt: range, mission: scope }, select: { decidedAt: true } }),
    db.board.findMany({
      where: { ...scope, giftGivenAt: range },
      select: { id: true, childId: true, giftGivenAt: true, wish: { select: { name: true } } },
      orderBy: { giftGivenAt: 'asc' },
    }),
  ]);
  const days = new Map<Day, CalendarDayDto>();
  const at = (d: Date) => {
    const day = kstDay(d);
    if (!days.has(day)) days.set(day, { day, grapes: 0, missions: 0, gifts: [] });
    return days.get(day)!;
  };
  for (const g of grapes) at(g.createdAt).grapes += g.count;
  for (const r of runs) at(r.decidedAt!).missions += 1;
  for (const b of gifts) at(b.giftGivenAt!).gifts.push({ boardId: b.id, childId: b.childId, wishName: b.wish.name });
  const list = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  return {
    month,
    today,
    childId: f.role === 'CHILD' ? f.userId : (q.childId ?? null),
    days: list,
    totals: {
      grapes: list.reduce((n, d) => n + d.grapes, 0),
      missions: list.reduce((n, d) => n + d.missions, 0),
      gifts: list.reduce((n, d) => n + d.gifts.length, 0),
    },
  };
}
