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
    // Prisma-style `?schema=`: the engine qualifies DDL with the adapter's
    // schemaName but reads e.g. _prisma_migrations unqualified, so also set
    // search_path like the native engine does.
    const schema = new URL(url).searchParams.get('schema') ?? undefined;
    const options = schema ? `-c search_path=${quoteIdent(schema)}` : undefined;
    return new PrismaPg({ connectionString: url, options }, { schema }).connect().then(decodeCharColumns);
  }
  connect() { return this.#open(this.url); }
  async connectToShadowDb() {
    if (this.shadowUrl) {
      // User-managed shadow database: the native engine wipes it before each
      // use, the wasm engine does not (replaying migrations then fails with
      // "already exists"), so empty it ourselves. Multi-statement DO blocks
      // need pg's simple protocol, hence admin() rather than the adapter.
      const schema = new URL(this.shadowUrl).searchParams.get('schema') ?? 'public';
      await admin(this.shadowUrl, `DO $$ DECLARE s name; BEGIN
        FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
          EXECUTE format('DROP SCHEMA %I CASCADE', s);
        END LOOP; END $$; CREATE SCHEMA IF NOT EXISTS public; CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};`);
      return this.#open(this.shadowUrl);
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin(this.url, `CREATE DATABASE ${quoteIdent(name)}`);
    const adapter = await this.#open(withDatabase(this.url, name));
    const closePool = adapter.dispose.bind(adapter);
    const cleanup = async () => {
      shadowCleanups.delete(cleanup);
      await closePool().catch(() => {});
      // FORCE (PG13+) terminates any straggling session instead of failing.
      await admin(this.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
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

if (cliCommand) {
  const { url } = datasource;
  log('INFO', `Running \`${cliCommand}\` with the wasm schema engine bridge`); // first line is skipped
  try {
    const db = databaseOf(url);
    // CREATE/DROP DATABASE must run from another database on the server.
    const maintenance = withDatabase(url, db === 'postgres' ? 'template1' : 'postgres');
    if (cliCommand === 'can-connect-to-database') await admin(url, 'SELECT 1');
    else if (cliCommand === 'create-database') await admin(maintenance, `CREATE DATABASE ${quoteIdent(db)}`);
    else if (cliCommand === 'drop-database') await admin(maintenance, `DROP DATABASE IF EXISTS ${quoteIdent(db)} WITH (FORCE)`);
    else throw new Error(`Unknown cli command: ${cliCommand}`);
    process.exit(0);
  } catch (err) {
    const { message, error_code } = err.code ? describePgError(err, url) : { message: err.message };
    log('ERROR', message, error_code ? { error_code } : {}, 'schema_engine::logger');
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
// Plain JS errors thrown inside the adapter reach us as "External error id#N";
// the original is kept in the bound factory's registry.
function errorMessage(e) {
  const id = /External error id#(\d+)/.exec(String(e?.message))?.[1];
  const original = id !== undefined ? factory.errorRegistry.consumeError(Number(id))?.error : undefined;
  return original?.message ?? e?.message ?? String(e);
}
// The engine hands us ready-made JSON tracing lines (newline-terminated).
const engineLog = (line) => process.stderr.write(`${typeof line === 'string' ? line.trimEnd() : JSON.stringify(line)}\n`);
// Note: new() already queries the database (server version, schema exists).
const engine = await glue.SchemaEngine.new(
  // `datamodels` must be undefined or non-empty.
  { datamodels: datamodels.length ? datamodels.map((f) => [f, readFileSync(f, 'utf8')]) : undefined },
  engineLog,
  factory,
).catch((e) => {
  log('ERROR', errorMessage(e), {}, 'schema_engine::logger'); // the CLI shows the last ERROR on exit 1
  process.exit(1);
});

// Turn an engine rejection into the JSON-RPC error shape the CLI understands:
// `data.message` (+ `error_code`) is printed verbatim; `is_panic` → crash report.
// Also logged as an ERROR line: the CLI reports the last one if we exit.
function toRpcError(e) {
  const panic = e instanceof WebAssembly.RuntimeError;
  const message = panic ? panicRegistry.message ?? e.message : errorMessage(e);
  log('ERROR', message, {}, 'schema_engine::logger');
  const data = panic
    ? { is_panic: true, message, error: { message }, backtrace: e.stack }
    : { is_panic: false, message, error_code: e?.code, meta: e?.meta };
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

const send = (msg) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...msg })}\n`);
let current = null; // request in flight, answered if the engine panics

async function handle(req) {
  current = req;
  try {
    let result;
    if (req.method === 'getDatabaseVersion') result = await engine.version(req.params ?? undefined);
    else if (typeof engine[req.method] === 'function' && req.method !== 'free') {
      result = await engine[req.method](req.params ?? {}); // keep `engine.` call form: wasm methods need `this`
    } else {
      return send({ id: req.id, error: { code: -32601, message: `Method not found: ${req.method}` } });
    }
    // The native engine prints `migrate diff` output through a `print`
    // request to the CLI; the wasm engine returns it as `stdout` instead.
    if (req.method === 'diff' && result?.stdout) {
      send({ id: `print-${req.id}`, method: 'print', params: { content: result.stdout.replace(/\n$/, '') } });
      result = { ...result, stdout: null };
    }
    send({ id: req.id, result: result ?? null });
  } catch (e) {
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
  if (current) send({ id: current.id, error });
  shutdown(e instanceof WebAssembly.RuntimeError ? 101 : 1);
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
process.on('SIGTERM', () => shutdown(0));
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
