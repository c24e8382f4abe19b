// Outgoing mail through SMTP (SMTP_URL). Without it every mail feature answers 503
// `account.errors.mailUnavailable` instead of failing later; `npm run dev` and `npm test`
// set SMTP_URL to their embedded server (scripts/lib/mail-dev.mjs).
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { defer } from '@/lib/defer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export const mailAvailable = () => !!env().SMTP_URL;

export function requireMail() {
  if (!mailAvailable()) throw new AppError('unavailable', 'account.errors.mailUnavailable');
}

let transport: { url: string; t: Transporter } | undefined;
function transporter() {
  const url = env().SMTP_URL!;
  if (transport?.url !== url) transport = { url, t: nodemailer.createTransport(url) };
  return transport.t;
}

export async function sendMail(mail: Mail) {
  requireMail();
  await transporter().sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

/**
 * Send after the response: the answer's timing then says nothing about whether a mail
 * went out (password reset must not reveal which accounts exist), and a slow SMTP server
 * never holds a request. A failure is logged; the person can ask again.
 */
export function sendMailLater(mail: Mail) {
  defer(() => sendMail(mail));
}
