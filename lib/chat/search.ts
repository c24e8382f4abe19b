// Search my rooms' messages by word and/or day.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hiddenMessageIds } from '@/lib/reports/service';
import { ACTIVE_MEMBER } from './access';
import { messageInclude, toMessageDto } from './dto';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Search my rooms by word (substring, Korean included) and/or by day (Korea time). */
export async function searchMessages(actorId: string, q: { q?: string; date?: string; roomId?: string; limit: number }) {
  if (!q.q && !q.date) throw new AppError('validation_failed', 'validation.searchEmpty');
  const memberships = await db.roomMember.findMany({
    where: { userId: actorId, ...ACTIVE_MEMBER, ...(q.roomId ? { roomId: q.roomId } : {}) },
    select: { roomId: true, fromSeq: true },
  });
  if (memberships.length === 0) return { results: [] };
  // What I reported in an open room is hidden from me everywhere, search included.
  const reported = await hiddenMessageIds(actorId);
  const day = q.date ? new Date(`${q.date}T00:00:00+09:00`) : null;
  const rows = await db.message.findMany({
    where: {
      OR: memberships.map((m) => ({ roomId: m.roomId, seq: { gt: m.fromSeq } })),
      deletedAt: null,
      ...(reported.length ? { id: { notIn: reported } } : {}),
      kind: { not: 'SYSTEM' },
      ...(q.q ? { body: { contains: escapeLike(q.q), mode: 'insensitive' as const } } : {}),
      ...(day ? { createdAt: { gte: day, lt: new Date(day.getTime() + 86_400_000) } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: q.limit,
    include: messageInclude,
  });
  // A reply's quote of a message from before the reader joined stays withheld.
  const fromSeq = new Map(memberships.map((m) => [m.roomId, m.fromSeq]));
  return { results: rows.map((r) => toMessageDto(r, fromSeq.get(r.roomId))) };
}
