#!/usr/bin/env node
// Offline-friendly Prisma CLI launcher: `node scripts/prisma.mjs <args...>`
// (or `npm run prisma -- <args...>`). Also importable: `runPrisma(args, opts)`.
//
// Prisma 7 downloads a native schema engine before `generate`, `migrate` and
// `db` commands unless PRISMA_SCHEMA_ENGINE_BINARY names one, so we point it
// at our WebAssembly bridge (scripts/prisma-schema-engine.mjs) when no native
// engine is installed.
import { spawn } from 'node:child_process';
import { readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cliEntry = join(root, 'node_modules', 'prisma', 'build', 'index.js');
export const bridgePath = join(root, 'scripts', 'prisma-schema-engine.mjs');

// A native engine (e.g. installed while online) is faster and fully featured,
// so prefer it: it lives in @prisma/engines as `schema-engine-<platform>`.
function hasNativeSchemaEngine() {
  try {
    return readdirSync(join(root, 'node_modules', '@prisma', 'engines'))
      .some((f) => f.startsWith('schema-engine-') && !/\.(js|ts|map|json|sha256|gz)$/.test(f));
  } catch {
    return false;
  }
}

/** Environment for a Prisma CLI run, derived from `base`. */
export function prismaEnv(base = process.env) {
  const env = { ...base, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
  // An explicit choice (including the legacy variable name) always wins.
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !env.PRISMA_MIGRATION_ENGINE_BINARY && !hasNativeSchemaEngine()) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = bridgePath;
  }
  return env;
}

/**
 * Run the Prisma CLI and resolve with its exit code (never rejects on a
 * non-zero exit, so callers decide what a failure means).
 * @param {string[]} args e.g. ['migrate', 'deploy']
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, stdio?: import('node:child_process').StdioOptions,
 *           onSpawn?: (child: import('node:child_process').ChildProcess) => void }} [options]
 *   cwd defaults to the project root so prisma.config.ts is always found;
 *   onSpawn exposes the child (e.g. to forward signals).
 * @returns {Promise<number>}
 */
export function runPrisma(args, { env = process.env, cwd = root, stdio = 'inherit', onSpawn } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], { cwd, env: prismaEnv(env), stdio });
    onSpawn?.(child);
    child.on('error', reject);
    // A signal-killed CLI has no exit code; report it as a failure.
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

// Executed directly (not imported): behave like the `prisma` binary.
const isMain = (() => {
  try { return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url)); } catch { return false; }
})();
if (isMain) {
  // Don't die before the child: forward termination signals and exit with its
  // code, so `migrate dev` prompts and engine shutdown are not cut short.
  let child;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child?.kill(sig));
  runPrisma(process.argv.slice(2), { cwd: process.cwd(), onSpawn: (c) => { child = c; } }).then(
    (code) => process.exit(code),
    (err) => { console.error(err); process.exit(1); },
  );
}
