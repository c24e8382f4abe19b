// Rows to the shapes the circles API returns (the same shapes events point clients to).
import type { Prisma } from '@/lib/generated/prisma/client';
import { notFound } from '@/lib/errors';
import type { CircleDto, CircleRole, InviteDto } from './schemas';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';

export const circleInclude = {
  members: { include: { user: { select: userBriefSelect } }, orderBy: { joinedAt: 'asc' } },
  room: { select: { id: true } },
} satisfies Prisma.CircleInclude;

export type CircleRow = Prisma.CircleGetPayload<{ include: typeof circleInclude }>;

export function toCircleDto(c: CircleRow, viewerId: string, at: Date): CircleDto {
  const me = c.members.find((m) => m.userId === viewerId);
  if (!me) throw notFound();
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    createdAt: c.createdAt.toISOString(),
    roomId: c.room?.id ?? null,
    myRole: me.role,
    members: c.members.map((m) => ({ ...toUserBrief(m.user), role: m.role })),
    disconnect:
      c.disconnectAt && c.disconnectById
        ? { byId: c.disconnectById, at: c.disconnectAt.toISOString(), remainingMs: Math.max(0, c.disconnectAt.getTime() - at.getTime()) }
        : null,
  };
}

export const toInviteDto = (i: { code: string; role: CircleRole; expiresAt: Date }): InviteDto => ({
  code: i.code,
  role: i.role === 'PARENT' ? 'PARENT' : 'CHILD',
  expiresAt: i.expiresAt.toISOString(),
});
