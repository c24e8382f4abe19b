import { describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { freePort } from './services.mjs';
import { startMailDev } from './mail-dev.mjs';

describe('embedded mail server', () => {
  it('keeps what nodemailer sends, decoded, per recipient, and shows it on the inbox page', async () => {
    const mail = await startMailDev({ smtpPort: await freePort(), httpPort: await freePort() });
    try {
      const t = nodemailer.createTransport(mail.smtpUrl);
      await t.sendMail({ from: 'Moa <no-reply@moa.local>', to: 'Ji@Example.test', subject: '[모아] 비밀번호 재설정 링크', text: '링크: http://localhost:3000/reset-password?token=abc <b>' });
      await t.sendMail({ from: 'Moa <no-reply@moa.local>', to: 'other@example.test', subject: 'other', text: 'x' });
      const res = await fetch(`${mail.inboxUrl}/api/messages?to=ji@example.test`);
      const { messages } = await res.json();
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ subject: '[모아] 비밀번호 재설정 링크', to: ['ji@example.test'] });
      expect(messages[0].text).toContain('token=abc');
      const html = await (await fetch(mail.inboxUrl)).text();
      expect(html).toContain('<a href="http://localhost:3000/reset-password?token=abc">');
      expect(html).toContain('&lt;b&gt;');
      expect((await fetch(`${mail.inboxUrl}/api/messages`, { method: 'DELETE' })).status).toBe(204);
      expect((await (await fetch(`${mail.inboxUrl}/api/messages`)).json()).messages).toEqual([]);
    } finally {
      await mail.stop();
    }
  });
});
