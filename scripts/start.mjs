// `npm start`: like `npm run dev`, but serves the production build (`npm run build` first).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/services.mjs';
import { runApp } from './lib/stack.mjs';

if (!fs.existsSync(path.join(ROOT, process.env.MOA_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.error('\nNo production build found. Run `npm run build` first.\n');
  process.exit(1);
}
process.env.NODE_ENV = 'production';
await runApp(['start']);
