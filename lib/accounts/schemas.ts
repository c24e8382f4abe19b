// Shared by server routes and client forms. Messages are message-file keys.
import { z } from 'zod';

export const loginIdSchema = z
  .string({ error: 'validation.loginIdRequired' })
  .trim()
  .min(3, { error: 'validation.loginIdLength' })
  .max(20, { error: 'validation.loginIdLength' })
  .regex(/^[A-Za-z0-9_]+$/, { error: 'validation.loginIdFormat' });

export const passwordSchema = z
  .string({ error: 'validation.passwordRequired' })
  .min(8, { error: 'validation.passwordLength' })
  .max(72, { error: 'validation.passwordLength' })
  .regex(/^\S+$/, { error: 'validation.passwordSpaces' });

export const displayNameSchema = z
  .string({ error: 'validation.displayNameRequired' })
  .trim()
  .min(1, { error: 'validation.displayNameRequired' })
  .max(30, { error: 'validation.displayNameLength' });

export const signUpSchema = z.object({
  loginId: loginIdSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const loginSchema = z.object({
  loginId: z.string().trim().min(1, { error: 'validation.loginIdRequired' }).max(64),
  password: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
  newPassword: passwordSchema,
});

export const deleteAccountSchema = z.object({
  password: z.string().min(1, { error: 'validation.passwordRequired' }).max(200),
});

export const availabilityQuerySchema = z.object({ loginId: z.string().max(64) });

export const localeSchema = z.object({ locale: z.enum(['ko', 'en']) });

export interface SessionUser {
  id: string;
  loginId: string;
  displayName: string;
  locale: string;
}
