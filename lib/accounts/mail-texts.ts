// The mails accounts send, in the recipient's language (texts in messages/<locale>/account.json).
import { translator } from '@/lib/i18n/messages';
import { isLocale, DEFAULT_LOCALE } from '@/lib/i18n/config';
import type { Mail } from '@/lib/mail/send';

const tr = (locale: string) => translator(isLocale(locale) ? locale : DEFAULT_LOCALE);

export function verifyMail(to: string, locale: string, name: string, link: string): Mail {
  const t = tr(locale);
  return { to, subject: t('account.mail.verifySubject'), text: t('account.mail.verifyText', { name, link }) };
}

export function resetMail(to: string, locale: string, name: string, loginId: string, link: string): Mail {
  const t = tr(locale);
  return { to, subject: t('account.mail.resetSubject'), text: t('account.mail.resetText', { name, loginId, link }) };
}
