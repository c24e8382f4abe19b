// A second app server for tests that need other settings than the shared one: the
// same production build through scripts/serve.mjs, on a port of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { heapArgs } from '../../scripts/lib/heap.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `node scripts/serve.mjs` on `port` with the test environment plus `env` (undefined: unset); stderr is kept. */
export function spawnServer(port: number, env: Record<string, string | undefined>) {
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, NODE_ENV: 'production', ...env })) if (v !== undefined) merged[k] = v;
  const child: ChildProcess = spawn(process.execPath, [...heapArgs(merged), path.join(ROOT, 'scripts/serve.mjs'), '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: merged as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    exited,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A server with `env` that answers; stopped by the caller. */
export async function startServer(env: Record<string, string | undefined>) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer(port, { NEXTAUTH_URL: base, ...env });
  await waitFor(`the server on ${port}`, async () => {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.stderr()}`);
    return (await fetch(`${base}/login`).then((r) => r.ok, () => false)) || undefined;
  });
  return { ...server, base };
}
