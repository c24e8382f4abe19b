// Friends: one-way contacts found by login ID. Shared by server routes and client forms.
import { z } from 'zod';
import { loginIdSchema } from '@/lib/accounts/schemas';
import { idSchema } from '@/lib/schemas';

/** Add by login ID (from a search) or by user ID (e.g. a member of a shared room). */
export const addFriendSchema = z
  .object({ loginId: loginIdSchema.optional(), userId: idSchema.optional() })
  .refine((v) => (v.loginId === undefined) !== (v.userId === undefined), { error: 'validation.friendTarget' });
export type AddFriendInput = z.infer<typeof addFriendSchema>;

export const friendListQuerySchema = z.object({ hidden: z.enum(['0', '1']).optional() });
export const setHiddenSchema = z.object({ hidden: z.boolean({ error: 'validation.invalid' }) });
export const userSearchQuerySchema = z.object({ loginId: loginIdSchema });

export interface FriendDto {
  id: string;
  displayName: string;
  statusMessage: string;
  avatarUrl: string | null;
  hidden: boolean;
}

/** A search hit: enough to recognise someone, nothing private. */
export interface UserSearchResultDto {
  id: string;
  loginId: string;
  displayName: string;
  /** Only when the viewer may already see this person's images. */
  avatarUrl: string | null;
  isMe: boolean;
  isFriend: boolean;
  hidden: boolean;
}
