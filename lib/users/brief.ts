// A person as every list shows them (chat, families, couples, pieces): id, name, avatar,
// and whether the account is gone. Pure, so client code may import it too.
import { avatarUrl } from '@/lib/profiles/urls';

export interface UserBrief {
  id: string;
  displayName: string;
  avatarUrl: string | null;
  deleted: boolean;
  /** The title (칭호) they wear, by id; only open rooms and public pieces show it. */
  titleId?: string | null;
}

export const userBriefSelect = { id: true, displayName: true, avatarKey: true, deletedAt: true, wornTitleId: true } as const;
type BriefRow = { id: string; displayName: string; avatarKey: string | null; deletedAt: Date | null; wornTitleId?: string | null };

/** A deleted account keeps its id (messages still point at it) but shows no name or picture. */
export function toUserBrief(u: BriefRow): UserBrief {
  const deleted = !!u.deletedAt;
  return { id: u.id, displayName: deleted ? '' : u.displayName, avatarUrl: deleted ? null : avatarUrl(u.id, u.avatarKey), deleted, titleId: deleted ? null : (u.wornTitleId ?? null) };
}
