// `npm run db:migrate -- --name <change>`: create and apply a migration from
// prisma/schema.prisma. Uses DATABASE_URL if set, else the embedded dev database.
import path from 'node:path';
import { STATE_DIR, freePort, log } from './lib/services.mjs';
import { startPostgres } from './lib/services.mjs';
import { acquireLock } from './lib/stack.mjs';
import { runPrisma } from './prisma.mjs';

const args = process.argv.slice(2);
const env = { ...process.env };
let pg;
let release = () => {};
if (!env.DATABASE_URL) {
  release = acquireLock(0); // the embedded cluster's data folder can have one user at a time
  pg = await startPostgres({ dataDir: path.join(STATE_DIR, 'pg'), port: await freePort() });
  await pg.ensureDatabase('moa');
  env.DATABASE_URL = pg.url('moa');
  log('postgres', 'embedded dev database started for the migration');
}
// Apply the migrations that already exist first: on a database that has none yet,
// `migrate dev` through the WebAssembly engine otherwise stops at its data-loss check
// ("shadow DB must be provided through an external factory").
let code = await runPrisma(['migrate', 'deploy'], { env });
if (code === 0) code = await runPrisma(['migrate', 'dev', ...args], { env });
await pg?.stop();
release();
process.exit(code);
