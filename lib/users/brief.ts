// A person as every list shows them (chat, families, couples, pieces): id, name, avatar,
// and whether the account is gone. Pure, so client code may import it too.
import { avatarUrl } from '@/lib/profiles/urls';

export interface UserBrief {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  deleted: boolean;
}

export const userBriefSelect = { id: true, displayName: true, avatarKey: true, deletedAt: true } as const;
type BriefRow = { id: string; displayName: string; avatarKey: string | null; deletedAt: Date | null };

/** A deleted account keeps its id (messages still point at it) but shows no name or picture. */
export function toUserBrief(u: BriefRow): UserBrief {
  const deleted = !!u.deletedAt;
  return { id: u.id, displayName: deleted ? '' : u.displayName, avatarUrl: deleted ? null : avatarUrl(u.id, u.avatarKey), deleted };
}
