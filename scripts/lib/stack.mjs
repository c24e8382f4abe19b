// Brings up everything `npm run dev` / `npm start` need, each part embedded unless
// its environment variables point at a hosted service, and tears it all down on exit.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { ROOT, STATE_DIR, freePort, isPortFree, log, pidAlive, startPostgres, startSoketi } from './services.mjs';
import { runPrisma } from '../prisma.mjs';
import { DEMO_PASSWORD, seedDemoData, wantsDemo } from './seed.mjs';
import { startMailDev } from './mail-dev.mjs';
import { heapArgs } from './heap.mjs';

const LOCK_FILE = path.join(STATE_DIR, 'run.lock');
const SECRETS_FILE = path.join(STATE_DIR, 'secrets.json');

/** Refuse a second instance with a clear message instead of a port error later. */
export function acquireLock(port) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  if (fs.existsSync(LOCK_FILE)) {
    const prev = JSON.parse(fs.readFileSync(LOCK_FILE, 'utf8'));
    if (pidAlive(prev.pid)) {
      console.error(`\nMoa is already running (pid ${prev.pid}) at http://localhost:${prev.port}.\nUse that one, or stop it with Ctrl-C in its terminal first.\n`);
      process.exit(1);
    }
  }
  fs.writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, port }));
  const release = () => {
    try {
      const cur = JSON.parse(fs.readFileSync(LOCK_FILE, 'utf8'));
      if (cur.pid === process.pid) fs.rmSync(LOCK_FILE);
    } catch { /* already gone */ }
  };
  process.on('exit', release);
  return release;
}

/** Secrets generated once per checkout and kept in the git-ignored state folder. */
export function localSecrets() {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const secrets = fs.existsSync(SECRETS_FILE) ? JSON.parse(fs.readFileSync(SECRETS_FILE, 'utf8')) : {};
  const missing = (key, make) => {
    if (secrets[key]) return false;
    secrets[key] = make();
    return true;
  };
  // Files from older checkouts lack later entries (e.g. vapid): add them, keep the rest.
  const changed = [
    missing('nextauthSecret', () => crypto.randomBytes(32).toString('base64url')),
    missing('pusherKey', () => `moa-${crypto.randomBytes(8).toString('hex')}`),
    missing('pusherSecret', () => crypto.randomBytes(24).toString('base64url')),
    missing('cronSecret', () => crypto.randomBytes(24).toString('base64url')),
    // Web push identity: browsers bind a subscription to this key, so it must stay stable.
    missing('vapid', () => webpush.generateVAPIDKeys()),
  ].some(Boolean);
  if (changed) fs.writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Start embedded services where no hosted one is configured, migrate, seed.
 * Returns { env, stop } — env is what the Next.js process should run with.
 */
export async function startBackends({ appPort, seed, mail = false }) {
  const secrets = localSecrets();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const stops = [];
  env.NEXTAUTH_SECRET ??= secrets.nextauthSecret;
  env.NEXTAUTH_URL ??= `http://localhost:${appPort}`;
  env.CRON_SECRET ??= secrets.cronSecret ?? crypto.randomBytes(24).toString('base64url');
  if (!env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) {
    env.VAPID_PUBLIC_KEY = secrets.vapid.publicKey;
    env.VAPID_PRIVATE_KEY = secrets.vapid.privateKey;
  }

  if (!env.DATABASE_URL) {
    const port = await freePort();
    const pg = await startPostgres({ dataDir: path.join(STATE_DIR, 'pg'), port });
    stops.push(() => pg.stop());
    await pg.ensureDatabase('moa');
    env.DATABASE_URL = pg.url('moa');
    log('postgres', `embedded PostgreSQL on 127.0.0.1:${port} (data in .moa/pg)`);
  } else {
    log('postgres', 'using DATABASE_URL');
  }

  log('prisma', 'applying migrations');
  const code = await runPrisma(['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (code !== 0) throw new Error('prisma migrate deploy failed');

  if (seed) {
    const logins = await seedDemoData(env.DATABASE_URL);
    if (logins) log('seed', `demo accounts created (password for all: ${logins.password}): ${logins.loginIds.join(', ')}`);
  }

  if (!env.PUSHER_APP_ID && !env.PUSHER_KEY) {
    const soketi = await startSoketi({ port: await freePort(), metricsPort: await freePort(), key: secrets.pusherKey, secret: secrets.pusherSecret });
    stops.push(() => soketi.stop());
    Object.assign(env, {
      PUSHER_APP_ID: soketi.appId,
      PUSHER_KEY: soketi.key,
      PUSHER_SECRET: soketi.secret,
      PUSHER_HOST: '127.0.0.1',
      PUSHER_PORT: String(soketi.port),
      PUSHER_USE_TLS: 'false',
    });
    log('soketi', `embedded Soketi (Pusher protocol) on 127.0.0.1:${soketi.port}`);
  } else {
    log('soketi', 'using PUSHER_* settings');
  }
  if (mail && !env.SMTP_URL) {
    // The inbox keeps a fixed port when it can, so its address survives restarts.
    const inboxPort = (await isPortFree(1080)) ? 1080 : await freePort();
    const mailDev = await startMailDev({ smtpPort: await freePort(), httpPort: inboxPort });
    stops.push(() => mailDev.stop());
    env.SMTP_URL = mailDev.smtpUrl;
    env.MOA_DEV_INBOX_URL = mailDev.inboxUrl;
    log('mail', `embedded SMTP server; every mail lands in the inbox at ${mailDev.inboxUrl}`);
  } else {
    log('mail', env.SMTP_URL ? 'using SMTP_URL' : 'no SMTP_URL: email verification and password reset are unavailable');
  }
  log('kv', env.KV_REST_API_URL ? 'using Vercel KV' : 'PostgreSQL-backed key/value table');
  log('files', env.STORAGE_DIR ? `local files in ${env.STORAGE_DIR}` : 'local files in .moa/files');

  return {
    env,
    async stop() {
      for (const s of stops.reverse()) await s().catch(() => {});
    },
  };
}

/** Run `next <cmd>` with the backends up; Ctrl-C stops every child. */
export async function runApp(nextArgs) {
  const port = Number(process.env.PORT ?? 3000);
  const release = acquireLock(port);
  if (!(await isPortFree(port))) {
    release();
    console.error(`\nPort ${port} is already in use by another program. Free it, or run with PORT=3001 npm run dev.\n`);
    process.exit(1);
  }
  let backends;
  let next;
  let stopping = false;
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log('moa', 'stopping…');
    if (next && next.exitCode === null) {
      try { process.kill(-next.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => { next.once('exit', r); setTimeout(r, 5000).unref(); });
    }
    await backends?.stop();
    release();
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(0));

  try {
    log('prisma', 'generating client');
    if ((await runPrisma(['generate'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('prisma generate failed');
    backends = await startBackends({ appPort: port, seed: wantsDemo(nextArgs[0], process.env), mail: nextArgs[0] === 'dev' });
  } catch (err) {
    console.error(`\n${err.message}\n`);
    await shutdown(1);
    return;
  }
  // `next dev`, or the production build through scripts/serve.mjs (WEB_CONCURRENCY processes).
  let heap = [];
  try {
    heap = nextArgs[0] === 'start' ? heapArgs() : [];
  } catch (err) {
    console.error(`\n${err.message}\n`);
    await shutdown(1);
    return;
  }
  const command = nextArgs[0] === 'start'
    ? [path.join(ROOT, 'scripts', 'serve.mjs'), ...nextArgs.slice(1)]
    : [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ...nextArgs];
  next = spawn(process.execPath, [...heap, ...command, '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: backends.env,
    stdio: 'inherit',
    detached: true, // own process group, so its workers die with it
  });
  process.on('exit', () => { try { process.kill(-next.pid, 'SIGTERM'); } catch { /* gone */ } });
  startLocalCron(port, backends.env.CRON_SECRET);
  log('moa', `open http://localhost:${port}${wantsDemo(nextArgs[0], process.env) ? ` — demo login: parent1 / ${DEMO_PASSWORD}` : ''}`);
  next.on('exit', (code) => shutdown(code ?? 0));
}

/**
 * Vercel runs the crons in vercel.json; locally we call the same routes once a
 * minute (jobs are idempotent, so running more often than scheduled is harmless).
 */
function startLocalCron(port, secret) {
  const { crons = [] } = JSON.parse(fs.readFileSync(path.join(ROOT, 'vercel.json'), 'utf8'));
  const tick = () => {
    for (const { path: p } of crons) {
      fetch(`http://127.0.0.1:${port}${p}`, { headers: { authorization: `Bearer ${secret}` } }).catch(() => {});
    }
  };
  setInterval(tick, 60_000).unref();
}
