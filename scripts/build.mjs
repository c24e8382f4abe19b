// `npm run build`: generate the Prisma client, then `next build`. Needs no database.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './lib/services.mjs';
import { runPrisma } from './prisma.mjs';
import { precompress } from './lib/static-compression.mjs';

if ((await runPrisma(['generate'], { stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) process.exit(1);
const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (r.status !== 0) process.exit(r.status ?? 1);
// Chunks compressed once here rather than per request or per server start (scripts/serve.mjs).
const files = await precompress(path.join(ROOT, process.env.MOA_DIST_DIR || '.next', 'static'));
console.log(`compressed ${files} static files (.br, .gz)`);
