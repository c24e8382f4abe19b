// Shared by server routes and client forms. Messages are message-file keys.
import { z } from 'zod';
import { idSchema, line, verbatim } from '@/lib/schemas';

export { normaliseLoginId } from './login-id';

export const loginIdSchema = line('validation.loginIdRequired')
  .min(3, { error: 'validation.loginIdLength' })
  .max(20, { error: 'validation.loginIdLength' })
  .regex(/^[A-Za-z0-9_]+$/, { error: 'validation.loginIdFormat' });

export const passwordSchema = verbatim('validation.passwordRequired')
  .min(8, { error: 'validation.passwordLength' })
  .max(72, { error: 'validation.passwordLength' })
  .regex(/^\S+$/, { error: 'validation.passwordSpaces' });

export const displayNameSchema = line('validation.displayNameRequired')
  .min(1, { error: 'validation.displayNameRequired' })
  .max(30, { error: 'validation.displayNameLength' });

/** An address as typed: trimmed and lower-cased; an empty field means none. */
export const emailSchema = line('account.validation.emailInvalid')
  .max(254, { error: 'account.validation.emailInvalid' })
  .pipe(z.email({ error: 'account.validation.emailInvalid' }))
  .transform((e) => e.toLowerCase());
const optionalEmail = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), emailSchema.optional());

export const signUpSchema = z.object({
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  email: optionalEmail,
  // Consent is checked by the service (400, nothing stored) so the form can name it.
  acceptTerms: z.boolean().optional(),
  acceptPrivacy: z.boolean().optional(),
  /** "만 14세 미만이에요": a child's account, covered once a parent's family invite takes it in. */
  under14: z.boolean().optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

// Passwords being checked stay as sent: they are only compared with a hash, never
// stored, and refusing characters here could lock someone out of an old password.
export const loginSchema = z.object({
  loginId: line().min(1, { error: 'validation.loginIdRequired' }).max(64),
  password: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
  newPassword: passwordSchema,
});

export const deleteAccountSchema = z.object({
  password: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
});

/** 나 → 이메일: a new address; the current password guards what password reset trusts. */
export const setEmailSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
});

/** A mail link's token (43 base64url characters); anything else is simply an invalid link. */
export const mailTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'account.errors.linkInvalid' });
export const verifyEmailSchema = z.object({ token: mailTokenSchema });

/** 비밀번호 찾기: a login ID or an address, one field. */
export const forgotPasswordSchema = z.object({ identifier: line('account.validation.identifierRequired').min(1, { error: 'account.validation.identifierRequired' }).max(254) });
export const resetPasswordSchema = z.object({ token: mailTokenSchema, newPassword: passwordSchema });

/** My address as 나 shows it: the verified one, and one waiting for its link. */
export interface EmailStatusDto {
  email: string | null;
  verifiedAt: string | null;
  pending: { email: string; expiresAt: string } | null;
  mailAvailable: boolean;
  /** Under 14 and not yet covered by a parent: no address can be added. */
  needsGuardian: boolean;
}

export const availabilityQuerySchema = z.object({ loginId: line().max(64) });

// A device session's id (a cuid) in the path; anything else is simply not found.
export const sessionParams = z.object({ sessionId: idSchema });

export const localeSchema = z.object({ locale: z.enum(['ko', 'en']) });

export interface SessionUser {
  id: string;
  loginId: string;
  displayName: string;
  locale: string;
}

/** One signed-in device as 나 → 기기 lists it; browser and system are null when unrecognised. */
export interface DeviceSessionDto {
  id: string;
  browser: string | null;
  os: string | null;
  ip: string;
  createdAt: string;
  lastSeenAt: string;
  /** The device asking. */
  current: boolean;
}
