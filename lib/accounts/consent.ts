// Consent at sign-up: the terms of service (/terms) and the privacy notice (/privacy),
// each with a version, stored on the user with the time. Bump a version when its page
// changes in substance; earlier consents keep the version they were given to.
import { AppError } from '@/lib/errors';

export const TERMS_VERSION = '2026-12-07';
export const PRIVACY_VERSION = '2026-12-07';

/** 400 (nothing stored) unless both were accepted. */
export function consentRecord(input: { acceptTerms?: boolean; acceptPrivacy?: boolean }, at: Date) {
  if (input.acceptTerms !== true || input.acceptPrivacy !== true) throw new AppError('bad_request', 'account.errors.consentRequired');
  return { consentAt: at, termsVersion: TERMS_VERSION, privacyVersion: PRIVACY_VERSION };
}
