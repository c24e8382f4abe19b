// `npm test`: typecheck, lint, unit tests, then a production build served against a
// throwaway PostgreSQL database and a real Soketi for integration and end-to-end tests.
// Prints one summary line: "Summary: N passed, N failed".
//
// Options (env): TEST_ONLY=unit,integration,e2e (comma list of stages to run; checks always
// run unless TEST_SKIP_CHECKS=1), TEST_SKIP_BUILD=1 (reuse an existing .next build),
// TEST_FILTER=<vitest name filter>, TEST_FILES=<comma list of test file name filters>.
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort, log, startPostgres, startSoketi, waitForPort } from './lib/services.mjs';
import { runPrisma } from './prisma.mjs';
import { startPushMock } from './lib/push-mock.mjs';
import { KMA_TEST_KEY, startKmaMock } from './lib/kma-mock.mjs';
import { startMailDev } from './lib/mail-dev.mjs';
import webpush from 'web-push';
import { heapArgs } from './lib/heap.mjs';

const only = process.env.TEST_ONLY ? new Set(process.env.TEST_ONLY.split(',')) : null;
const wants = (stage) => !only || only.has(stage);
const results = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moa-test-'));
// PostgreSQL runs as its own user when we are root; it must be able to enter the folder.
fs.chmodSync(tmp, 0o755);
const cleanups = [];

function run(cmd, args, { env = process.env, label } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
    if (label) log('test', label);
  });
}

const bin = (name, rel) => path.join(ROOT, 'node_modules', name, rel);

async function check(name, cmd, args, env) {
  const code = await run(cmd, args, { env, label: name });
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
  return code === 0;
}

async function vitest(project, env) {
  const out = path.join(tmp, `${project}.json`);
  const args = [bin('vitest', 'vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (process.env.TEST_FILTER) args.push('-t', process.env.TEST_FILTER);
  if (process.env.TEST_FILES) args.push(...process.env.TEST_FILES.split(','));
  const code = await run(process.execPath, args, { env, label: `vitest ${project}` });
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } catch { /* no report: counted below */ }
  if (code !== 0 && failed === 0) failed = 1;
  if (passed + failed === 0) failed = 1; // a stage that ran nothing has failed
  results.push({ name: project, passed, failed });
}

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if ((await runPrisma(['generate'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('prisma generate failed');
  if (process.env.TEST_SKIP_CHECKS !== '1') {
    await check('typecheck', process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit'], env);
    await check('lint', process.execPath, [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'], env);
  }
  if (wants('unit')) await vitest('unit', env);
  if (!wants('integration') && !wants('e2e')) return;

  // Throwaway services: a fresh cluster in a temp dir and a database named for this run.
  const pgPort = await freePort();
  const pg = await startPostgres({ dataDir: path.join(tmp, 'pg'), port: pgPort, persistent: false });
  cleanups.push(() => pg.stop());
  const dbName = `moa_test_${Date.now()}`;
  await pg.ensureDatabase(dbName);
  const soketi = await startSoketi({ port: await freePort(), metricsPort: await freePort(), key: 'test-key', secret: 'test-secret' });
  cleanups.push(() => soketi.stop());
  // Reliability tests stop and start the realtime server mid-conversation:
  // SIGUSR1 stops Soketi, SIGUSR2 starts it again on the same port.
  process.on('SIGUSR1', () => void soketi.stop());
  process.on('SIGUSR2', () => void soketi.start());
  // Fault tests stop and start PostgreSQL the same way, but wait for it to be done:
  // POST {MOA_TEST_CONTROL_URL}/postgres/stop or /postgres/start answers once it is.
  const control = http.createServer((req, res) => {
    const action = { 'POST /postgres/stop': () => pg.pause(), 'POST /postgres/start': () => pg.start() }[`${req.method} ${req.url}`];
    if (!action) return void res.writeHead(404).end();
    action().then(() => res.writeHead(204).end(), (err) => res.writeHead(500).end(String(err)));
  });
  const controlPort = await freePort();
  await new Promise((r) => control.listen(controlPort, '127.0.0.1', r));
  cleanups.unshift(() => new Promise((r) => control.close(() => r())));
  // Web push goes to an offline mock push service; a fresh VAPID identity per run.
  const pushMock = await startPushMock({ port: await freePort() });
  cleanups.push(() => pushMock.stop());
  // Weather comes from a KMA stand-in speaking the real forecast format.
  const kmaMock = await startKmaMock({ port: await freePort() });
  cleanups.push(() => kmaMock.stop());
  // Mail goes to the same embedded SMTP server and inbox `npm run dev` uses (tests read it over HTTP).
  const mailDev = await startMailDev({ smtpPort: await freePort(), httpPort: await freePort() });
  cleanups.push(() => mailDev.stop());
  const vapid = webpush.generateVAPIDKeys();
  const appPort = await freePort();
  Object.assign(env, {
    DATABASE_URL: pg.url(dbName),
    NEXTAUTH_SECRET: 'test-secret-for-nextauth-0123456789',
    NEXTAUTH_URL: `http://localhost:${appPort}`,
    PUSHER_APP_ID: soketi.appId,
    PUSHER_KEY: soketi.key,
    PUSHER_SECRET: soketi.secret,
    PUSHER_HOST: '127.0.0.1',
    PUSHER_PORT: String(soketi.port),
    PUSHER_USE_TLS: 'false',
    STORAGE_DIR: path.join(tmp, 'files'),
    MOA_TEST_HOOKS: '1',
    // Test clients name themselves in X-Forwarded-For (one address per client or device,
    // so per-address rate limits never couple tests): the runner is the one trusted proxy.
    TRUSTED_PROXY_HOPS: '1',
    CRON_SECRET: 'test-cron-secret',
    MOA_BASE_URL: `http://localhost:${appPort}`,
    MOA_TEST_CONTROL_PID: String(process.pid),
    MOA_TEST_CONTROL_URL: `http://127.0.0.1:${controlPort}`,
    MOA_SOKETI_PORT: String(soketi.port),
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: 'mailto:test@moa.local',
    PUSH_TEST_SERVICE_URL: pushMock.url,
    KMA_SERVICE_KEY: KMA_TEST_KEY,
    KMA_BASE_URL: kmaMock.url,
    CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    SMTP_URL: mailDev.smtpUrl,
    MOA_DEV_INBOX_URL: mailDev.inboxUrl,
  });
  if ((await runPrisma(['migrate', 'deploy'], { env, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) throw new Error('migrate deploy failed');

  const built = fs.existsSync(path.join(ROOT, process.env.MOA_DIST_DIR || '.next', 'BUILD_ID'));
  if (!(process.env.TEST_SKIP_BUILD === '1' && built)) {
    const ok = await check('build', process.execPath, [bin('next', 'dist/bin/next'), 'build'], { ...env, NODE_ENV: 'production' });
    if (!ok) return;
  }
  const server = spawn(process.execPath, [...heapArgs(env), path.join(ROOT, 'scripts/serve.mjs'), '--hostname', '127.0.0.1', '--port', String(appPort)], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  cleanups.unshift(() => new Promise((r) => {
    if (server.exitCode !== null) return r();
    server.once('exit', r);
    try { process.kill(-server.pid, 'SIGTERM'); } catch { r(); }
  }));
  await waitForPort(appPort, 60_000);
  log('test', `app on ${env.MOA_BASE_URL}, database ${dbName}, soketi :${soketi.port}, push mock ${pushMock.url}`);

  if (wants('integration')) await vitest('integration', env);
  if (wants('e2e')) await vitest('e2e', env);
}

let crashed = false;
try {
  await main();
} catch (err) {
  crashed = true;
  console.error(err);
} finally {
  for (const c of cleanups) await c().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0) + (crashed ? 1 : 0);
console.log('');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`Summary: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
