// An offline mail catcher for `npm run dev` and `npm test`: an SMTP server (smtp-server)
// that keeps every message it receives in memory, parsed with mailparser, and a small
// HTTP inbox beside it: GET / (an HTML page listing the mail, newest first, links
// clickable; ?to=<address> shows one recipient's), GET /api/messages[?to=<address>] (JSON), DELETE /api/messages.
// Both bind to 127.0.0.1 only. Nothing is relayed anywhere.
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const MAX_MESSAGES = 200;
const MAX_BYTES = 2 * 1024 * 1024;

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const linkify = (s) => esc(s).replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);

function page(messages) {
  const items = messages.map((m) => `
    <article data-testid="inbox-message">
      <header><strong>${esc(m.subject)}</strong><span>${esc(m.date)}</span></header>
      <p class="meta">From ${esc(m.from)} · To ${esc(m.to.join(', '))}</p>
      <pre>${linkify(m.text)}</pre>
    </article>`).join('');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Moa dev inbox</title><style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f3fa;color:#222}
main{max-width:760px;margin:0 auto;padding:16px}h1{color:#6b2fa0;font-size:1.4rem}
article{background:#fff;border-radius:14px;padding:14px 16px;margin:12px 0;box-shadow:0 1px 3px #0002}
header{display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap}header span,.meta{color:#666;font-size:.85rem}
pre{white-space:pre-wrap;word-break:break-all;font:inherit;margin:8px 0 0}a{color:#6b2fa0}
</style></head><body><main><h1>📬 Moa dev inbox</h1>
<p class="meta">Mail sent by Moa on this machine (kept in memory, newest first). Nothing leaves your computer.</p>
${items || '<p>No mail yet.</p>'}</main></body></html>`;
}

export async function startMailDev({ smtpPort, httpPort }) {
  let messages = [];
  const smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    // Plain SMTP on loopback: no self-signed STARTTLS for the client to trip over.
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_BYTES,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          messages = [{ id: `${Date.now()}-${messages.length}`, from: mail.from?.text ?? '', to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', date: (mail.date ?? new Date()).toISOString() }, ...messages].slice(0, MAX_MESSAGES);
          callback();
        })
        .catch((err) => callback(err));
    },
  });
  await new Promise((resolve, reject) => { smtp.once('error', reject); smtp.listen(smtpPort, '127.0.0.1', resolve); });

  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://inbox');
    const to = url.searchParams.get('to')?.toLowerCase();
    const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
    if (req.method === 'GET' && url.pathname === '/') {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(list));
    }
    if (url.pathname === '/api/messages' && req.method === 'GET') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messages: list }));
    }
    if (url.pathname === '/api/messages' && req.method === 'DELETE') {
      messages = [];
      return void res.writeHead(204).end();
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve, reject) => { web.once('error', reject); web.listen(httpPort, '127.0.0.1', resolve); });

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://127.0.0.1:${httpPort}`,
    stop: () => Promise.all([
      new Promise((r) => smtp.close(() => r())),
      new Promise((r) => { web.closeAllConnections?.(); web.close(() => r()); }),
    ]),
  };
}
