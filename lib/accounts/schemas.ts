// Shared by server routes and client forms. Messages are message-file keys.
import { z } from 'zod';
import { idSchema, line, verbatim } from '@/lib/schemas';

/** Login IDs are stored and looked up trimmed and in lower case: `Grape_Kim ` is `grape_kim`. */
export const normaliseLoginId = (loginId: string) => loginId.trim().toLowerCase();

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

export const signUpSchema = z.object({
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
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
