#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary, backed by
// @prisma/schema-engine-wasm + @prisma/adapter-pg. The Prisma 7 CLI downloads
// the native engine before `migrate`/`db` commands, which fails offline; it
// skips that when PRISMA_SCHEMA_ENGINE_BINARY points at an executable, so this
// script mimics the binary's command-line contract (see scripts/prisma.mjs).
//
// Contract (as used by node_modules/prisma/build/cli.js):
//   --datamodels FILE (repeatable)  --datasource '{"url","shadowDatabaseUrl"?}'
//   cli can-connect-to-database|create-database|drop-database  -> exit code +
//       JSON log lines on stderr (the CLI skips the first line, parses the rest)
//   otherwise JSON-RPC 2.0, one message per line: requests on stdin, responses
//   on stdout. stdout is the RPC channel, so every log goes to stderr.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { appendFileSync } from 'node:fs';
const T=(m)=>appendFileSync('/tmp/pgtest/trace.log', `${process.pid} ${Date.now()%100000} ${m}\n`);
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
const wasmPkg = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
// The package version is `<prisma version>-<n>.<engine hash>`; the CLI's
// `prisma -v` expects `schema-engine-cli <hash>` from `--version`.
const engineHash = JSON.parse(readFileSync(join(dirname(wasmPkg), 'package.json'), 'utf8')).version.split('.').pop();

// Mirror the native engine's tracing format so the CLI can pick up
// `fields.message` (and ERROR lines) from stderr for its error reports.
function log(level, message, extra = {}, target = 'schema_engine') {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target })}\n`);
}

// ---- argument parsing -------------------------------------------------------
const argv = process.argv.slice(2);
const datamodels = [];
let datasource = {};
let cliCommand = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--version' || a === '-V') { process.stdout.write(`schema-engine-cli ${engineHash}\n`); process.exit(0); }
  else if (a === '--datamodels') datamodels.push(argv[++i]);
  else if (a === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (a === '--enabled-preview-features' || a === '--extension-types') i++; // not used by the wasm engine
  else if (a === 'cli') { cliCommand = argv[++i]; break; }
}

// ---- PostgreSQL plumbing ----------------------------------------------------
// adapter-pg maps result columns by type OID and rejects PostgreSQL's internal
// one-byte `"char"` type (OID 18), which the engine's introspection reads
// (pg_constraint.contype, pg_class.relkind, ...) and decodes *as a char*: a
// plain `text` relabel makes it panic ("... as char failed"). So per query we
// relabel OID 18 as text for adapter-pg, remember those columns, and report
// them to the engine as ColumnTypeEnum.Character. This relies on adapter-pg
// 7.10 calling `this.performIO(query)` from `queryRaw` (pinned version).
function decodeCharColumns(queryable) {
  const charColumns = new WeakMap(); // SqlQuery object -> column indexes
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const res = await performIO(query);
    const idx = [];
    res.fields?.forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; idx.push(i); } });
    if (idx.length) charColumns.set(query, idx);
    return res;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const rs = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) rs.columnTypes[i] = ColumnTypeEnum.Character;
    return rs;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => decodeCharColumns(await startTransaction(...args));
  }
  return queryable;
}

const withDatabase = (url, db) => { const u = new URL(url); u.pathname = `/${encodeURIComponent(db)}`; return u.href; };
const databaseOf = (url) => decodeURIComponent(new URL(url).pathname.slice(1)) || new URL(url).username || 'postgres';
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// One-off statement on a short-lived connection (CREATE/DROP DATABASE cannot
// run inside the engine's pools or against the database being dropped).
async function admin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return await client.query(sql); } finally { await client.end(); }
}

// Live shadow databases, so a crash/SIGTERM mid-migration does not leak them.
const shadowCleanups = new Set();

// Migration-aware adapter factory. We do not use PrismaPg.connectToShadowDb:
// it drops the shadow database *before* closing its pool (which fails while
// sessions are open) and never closes the helper connection (process hangs).
class BridgeAdapterFactory {
  provider = 'postgres';
  adapterName = '@prisma/adapter-pg';
  constructor({ url, shadowDatabaseUrl }) { this.url = url; this.shadowUrl = shadowDatabaseUrl; }
  #open(url) {
    if (!url) throw new Error('No datasource URL configured (set DATABASE_URL / prisma.config.ts datasource.url).');
    const schema = new URL(url).searchParams.get('schema') ?? undefined; // Prisma-style ?schema=
    return new PrismaPg({ connectionString: url }, { schema }).connect().then(decodeCharColumns);
  }
  connect() { return this.#open(this.url); }
  async connectToShadowDb() {
    if (this.shadowUrl) return this.#open(this.shadowUrl); // user-managed shadow database
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin(this.url, `CREATE DATABASE ${quoteIdent(name)}`);
    const adapter = await this.#open(withDatabase(this.url, name));
    const closePool = adapter.dispose.bind(adapter);
    T('created '+name);
    const cleanup = async () => {
      T('cleanup start '+name);
      shadowCleanups.delete(cleanup);
      await closePool().catch(() => {});
      // FORCE (PG13+) terminates any straggling session instead of failing.
      await admin(this.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`).then(()=>T('dropped '+name),(e)=>T('drop failed '+e.message));
    };
    shadowCleanups.add(cleanup);
    adapter.dispose = cleanup; // bindAdapter() binds dispose after we return
    return adapter;
  }
}

// ---- `cli ...` one-shot commands --------------------------------------------
// The CLI expects: exit 0 on success; otherwise an ERROR line from target
// `schema_engine::logger` with `error_code` (P1003 triggers create-database).
function describePgError(err, url) {
  const u = new URL(url);
  const at = `${u.hostname}:${u.port || 5432}`;
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(err.code))
    return { error_code: 'P1001', message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.` };
  if (err.code === '28P01' || err.code === '28000')
    return { error_code: 'P1000', message: `Authentication failed against database server at \`${at}\`, the provided database credentials for \`${decodeURIComponent(u.username)}\` are not valid.` };
  if (err.code === '3D000')
    return { error_code: 'P1003', message: `Database \`${databaseOf(url)}\` does not exist on the database server at \`${at}\`.` };
  return { message: err.message };
}

async function runCli(command) {
  const url = datasource.url;
  log('INFO', `Running \`${command}\` with the wasm schema engine bridge`);
  if (!url) throw { message: 'The --datasource argument with a url is required.' };
  const db = databaseOf(url);
  const maintenance = withDatabase(url, db === 'postgres' ? 'template1' : 'postgres');
  try {
    if (command === 'can-connect-to-database') await admin(url, 'SELECT 1');
    else if (command === 'create-database') await admin(maintenance, `CREATE DATABASE ${quoteIdent(db)}`);
    else if (command === 'drop-database') await admin(maintenance, `DROP DATABASE IF EXISTS ${quoteIdent(db)} WITH (FORCE)`);
    else throw new Error(`Unknown cli command: ${command}`);
  } catch (err) {
    throw err.code ? describePgError(err, url) : { message: err.message };
  }
}

if (cliCommand) {
  try {
    await runCli(cliCommand);
    process.exit(0);
  } catch (e) {
    log('ERROR', e.message, e.error_code ? { error_code: e.error_code } : {}, 'schema_engine::logger');
    process.exit(1);
  }
}

// ---- JSON-RPC mode: load the wasm engine ------------------------------------
// Panics inside the wasm module report their message through this global;
// without it the panic surfaces only as an opaque `RuntimeError: unreachable`.
const panicRegistry = { message: null, set_message(m) { this.message = m; } };
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

// Node 20 cannot `import` .wasm; instantiate it by hand with the
// wasm-bindgen glue as its import namespace, as schema_engine.js would.
const { instance } = await WebAssembly.instantiate(
  readFileSync(join(dirname(wasmPkg), 'schema_engine_bg.wasm')),
  { './schema_engine_bg.js': glue },
);
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

const factory = bindMigrationAwareSqlAdapterFactory(new BridgeAdapterFactory(datasource));
const engineLog = (line) => process.stderr.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`);
let engine;
try {
  engine = await glue.SchemaEngine.new(
    // `datamodels` must be undefined or non-empty.
    { datamodels: datamodels.length ? datamodels.map((f) => [f, readFileSync(f, 'utf8')]) : undefined },
    engineLog,
    factory,
  );
} catch (e) {
  log('ERROR', e?.message ?? String(e), {}, 'schema_engine::logger'); // the CLI shows lastError on exit 1
  process.exit(1);
}

// Turn an engine rejection into the JSON-RPC error shape the CLI understands:
// `data.message` (+ `error_code`) is printed verbatim; `is_panic` → crash report.
function toRpcError(e) {
  if (e instanceof WebAssembly.RuntimeError) {
    const message = panicRegistry.message ?? e.message;
    panicRegistry.message = null;
    return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: true, message, error: { message }, backtrace: e.stack } };
  }
  // Adapter errors of kind GenericJs refer to the original JS error by id.
  const id = /GenericJs\D*(\d+)/.exec(String(e?.message))?.[1];
  const original = id !== undefined ? factory.errorRegistry.consumeError(Number(id))?.error : undefined;
  const message = original?.message ?? e?.message ?? String(e);
  return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: false, message, error_code: e?.code, meta: e?.meta } };
}

const send = (msg) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...msg })}\n`);
let printId = 0;

let current = null; // request in flight, answered if the engine panics

async function handle(req) {
  current = req; T('req '+req.method);
  try {
    let result;
    if (req.method === 'getDatabaseVersion') result = await engine.version(req.params ?? undefined);
    else if (req.method === 'createDatabase') {
      const url = req.params?.datasource?.url ?? datasource.url;
      await admin(withDatabase(url, 'postgres'), `CREATE DATABASE ${quoteIdent(databaseOf(url))}`);
      result = { databaseName: databaseOf(url) };
    } else if (typeof engine[req.method] === 'function' && !['free', 'debugPanic'].includes(req.method)) {
      result = await engine[req.method](req.params ?? {}); // keep `engine.` call form: wasm methods need `this`
    } else if (req.method === 'debugPanic') {
      engine.debugPanic();
    } else {
      return send({ id: req.id, error: { code: -32601, message: `Method not found: ${req.method}` } });
    }
    // The native engine prints `migrate diff` output through a `print`
    // request to the CLI; the wasm engine returns it as `stdout` instead.
    if (req.method === 'diff' && result?.stdout) {
      send({ id: `print-${++printId}`, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } });
      result = { ...result, stdout: null };
    }
    send({ id: req.id, result: result ?? null });
  } catch (e) {
    log('ERROR', e?.message ?? String(e), {}, 'schema_engine::logger');
    send({ id: req.id, error: toRpcError(e) });
  } finally {
    current = null;
  }
}

// A panic inside an engine callback (e.g. while decoding a driver result)
// surfaces as an uncaught RuntimeError instead of a rejected promise, leaving
// the request hanging. Answer it, then exit like the native engine (101):
// the wasm instance is unusable after a panic.
process.on('uncaughtException', (e) => {
  const error = toRpcError(e);
  log('ERROR', error.data.message, {}, 'schema_engine::logger');
  if (current) send({ id: current.id, error });
  process.exit(e instanceof WebAssembly.RuntimeError ? 101 : 1);
});

// Close pools and drop leftover shadow databases, then exit: open pg sockets
// would otherwise keep the process (and `prisma` waiting on it) alive.
let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  setTimeout(() => process.exit(code), 5000).unref();
  await Promise.allSettled([...shadowCleanups].map((c) => c()));
  process.exit(code);
}
process.on('SIGTERM', () => {T('SIGTERM');shutdown(0)});
process.on('SIGINT', () => shutdown(130));

// Requests run one at a time, in arrival order (the engine is not reentrant).
let queue = Promise.resolve();
createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (!line.trim()) return;
    let msg;
    try { msg = JSON.parse(line); } catch { return send({ id: null, error: { code: -32700, message: 'Parse error' } }); }
    if (msg.method === undefined) return; // the CLI's ack of our `print` request
    queue = queue.then(() => handle(msg));
  })
  .on('close', () => queue.then(() => shutdown(0)));
