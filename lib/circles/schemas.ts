// Circles input schemas and the shapes the API returns, shared by server and client.
// Messages are message-file keys, translated by the error layer and the forms.
import { z } from 'zod';
import { idSchema, line, text } from '@/lib/schemas';
import type { UserBrief } from '@/lib/users/brief';

/** No 0/O or 1/I: nothing a person could misread. 32 symbols, so 8 of them carry 40 bits. */
export const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;

/**
 * What the person typed, as stored: upper case, spaces and dashes dropped. Symbols
 * outside the alphabet are kept, so such a code is simply not found.
 */
export function normaliseInviteCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

export const circleParams = z.object({ circleId: idSchema });
export const requestParams = z.object({ requestId: idSchema });

export const familyNameSchema = line('validation.familyNameRequired')
  .min(1, { error: 'validation.familyNameRequired' })
  .max(30, { error: 'validation.familyNameLength' });

export const createFamilySchema = z.object({ name: familyNameSchema });

/** Who a new code lets in; partners only ever join through a couple request. */
export const inviteRoleSchema = z.enum(['PARENT', 'CHILD'], { error: 'validation.inviteRole' });
export const createInviteSchema = z.object({ role: inviteRoleSchema });

/** Typed by a person: any case, spaces and dashes ignored (a pasted line break too). */
export const inviteCodeSchema = text('validation.inviteCodeRequired')
  .max(40, { error: 'validation.inviteCodeFormat' })
  .transform(normaliseInviteCode)
  .pipe(
    z
      .string()
      .min(1, { error: 'validation.inviteCodeRequired' })
      .length(INVITE_CODE_LENGTH, { error: 'validation.inviteCodeFormat' }),
  );
export const joinFamilySchema = z.object({ code: inviteCodeSchema });

export const coupleRequestSchema = z.object({
  loginId: line('validation.loginIdRequired')
    .min(1, { error: 'validation.loginIdRequired' })
    .max(64, { error: 'validation.loginIdLength' }),
});

export type CircleKind = 'FAMILY' | 'COUPLE';
export type CircleRole = 'PARENT' | 'CHILD' | 'PARTNER';
export type InviteRole = z.infer<typeof inviteRoleSchema>;

export interface CircleMemberDto extends UserBrief {
  role: CircleRole;
}

export interface DisconnectDto {
  byId: string;
  at: string;
  /** Measured on the server's clock, so countdowns agree with it (tests move it). */
  remainingMs: number;
}

export interface CircleDto {
  id: string;
  kind: CircleKind;
  name: string;
  createdAt: string;
  roomId: string | null;
  myRole: CircleRole;
  members: CircleMemberDto[];
  disconnect: DisconnectDto | null;
}

export interface InviteDto {
  code: string;
  role: InviteRole;
  expiresAt: string;
}

/** The circle page: the card plus what only that page shows (parents see live codes). */
export interface CircleDetailDto extends CircleDto {
  invites: InviteDto[];
}

export interface CoupleRequestDto {
  id: string;
  /** The other person: the receiver on a sent request, the sender on a received one. */
  user: UserBrief & { loginId: string };
  createdAt: string;
}

export interface CoupleRequestsDto {
  sent: CoupleRequestDto[];
  received: CoupleRequestDto[];
}
