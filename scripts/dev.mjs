// `npm run dev`: embedded PostgreSQL + Soketi (unless hosted ones are configured),
// migrations, demo seed, then `next dev` on http://localhost:3000.
import { runApp } from './lib/stack.mjs';

await runApp(['dev']);
