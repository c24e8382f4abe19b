// Profiles: what a person may change about themselves and what others see. Shared by
// server routes and client forms; messages are message-file keys.
import { z } from 'zod';
import { displayNameSchema } from '@/lib/accounts/schemas';
import { idSchema, line } from '@/lib/schemas';

import { STATUS_MAX } from './limits';

export { IMAGE_MAX_BYTES, STATUS_MAX } from './limits';
export const IMAGE_KINDS = ['avatar', 'background'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/** Counted in characters as a person sees them (an emoji is one), on one line. */
export const statusMessageSchema = line().refine((s) => Array.from(s).length <= STATUS_MAX, { error: 'validation.statusMessageLength' });

/** A real calendar date from 1900 on; empty (or null) clears it. */
const isBirthday = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || Number(m[1]) < 1900) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
export const birthdaySchema = z
  .union([z.literal(''), z.string().refine(isBirthday, { error: 'validation.birthday' })], { error: 'validation.birthday' })
  .nullable()
  .transform((v) => v || null);

export const updateProfileSchema = z
  .object({ displayName: displayNameSchema.optional(), statusMessage: statusMessageSchema.optional(), birthday: birthdaySchema.optional() })
  .refine((v) => v.displayName !== undefined || v.statusMessage !== undefined || v.birthday !== undefined, { error: 'validation.profileEmpty' });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const userParams = z.object({ userId: idSchema });
export const imageParams = z.object({ kind: z.enum(IMAGE_KINDS) });
export const userImageParams = userParams.extend(imageParams.shape);

/** Someone's profile as the viewer may see it. */
export interface ProfileDto {
  id: string;
  displayName: string;
  statusMessage: string;
  avatarUrl: string | null;
  backgroundUrl: string | null;
  isMe: boolean;
  /** The viewer has added this person (friendship is one-way). */
  isFriend: boolean;
  hidden: boolean;
}

export interface MyProfileDto extends ProfileDto {
  /** 'YYYY-MM-DD' or null; shown to my partner as a birthday in our couple calendar. */
  birthday: string | null;
  loginId: string;
}
