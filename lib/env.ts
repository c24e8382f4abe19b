// The only module that reads process.env. Validated lazily so `next build` works
// without a database, and failures name the variable that is wrong.
import { z } from 'zod';

/** Two: the preparations of one photo read side by side on a two-core server (lib/pieces/scan/read.ts). */
export const SCAN_WORKERS_DEFAULT = 2;

const optional = z.string().trim().min(1).optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url(),
  // The hot chat statements are named prepared statements (planned once per connection).
  // Set to "off" behind a transaction-mode pooler without prepared-statement support
  // (PgBouncer before 1.21, or 1.21+ with its default max_prepared_statements = 0), and
  // behind RDS Proxy, which pins a connection to every session that prepares one.
  DATABASE_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  // Server processes of `npm start` (scripts/serve.mjs); they share 20 database connections.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  NEXTAUTH_SECRET: z.string().min(16),
  // next-auth's own: an https URL (or Vercel) means the session cookie is `__Secure-` prefixed.
  NEXTAUTH_URL: optional,
  // Set by Vercel; there the client address is the platform's `x-vercel-forwarded-for`.
  VERCEL: optional,
  // Proxies in front of the app that append to X-Forwarded-For (lib/client-ip.ts). 0: trust
  // no header (every client is the loopback address: rate limits are then shared by all).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  PUSHER_APP_ID: z.string().min(1),
  PUSHER_KEY: z.string().min(1),
  PUSHER_SECRET: z.string().min(1),
  PUSHER_HOST: optional,
  PUSHER_PORT: z.coerce.number().int().positive().optional(),
  PUSHER_USE_TLS: z.enum(['true', 'false']).optional(),
  // The shortest time between two requests to the realtime server (lib/realtime/batcher.ts).
  REALTIME_BATCH_MS: z.coerce.number().int().min(0).max(50).default(4),
  PUSHER_CLUSTER: optional,
  KV_REST_API_URL: optional,
  KV_REST_API_TOKEN: optional,
  STORAGE_DIR: z.string().default('.moa/files'),
  CRON_SECRET: optional,
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(50),
  // Per-person upload quotas (room files): bytes in the last 24 hours, and all files kept.
  UPLOAD_DAILY_MB: z.coerce.number().int().min(1).max(1_000_000).default(500),
  UPLOAD_TOTAL_MB: z.coerce.number().int().min(1).max(10_000_000).default(5120),
  // S3-compatible storage (AWS S3, Cloudflare R2, MinIO) when S3_BUCKET is set; browsers
  // then upload room files straight to the bucket with presigned PUTs. Without keys the
  // SDK's default credential chain applies (an IAM role).
  S3_BUCKET: optional,
  S3_REGION: optional,
  S3_ENDPOINT: z.string().trim().url().optional(),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).optional(),
  // Vercel Blob (a private store) when set and S3_BUCKET is not.
  BLOB_READ_WRITE_TOKEN: optional,
  // Test-only routes (clock travel) and plain-http push; see the production check below.
  MOA_TEST_HOOKS: z.enum(['0', '1']).default('0'),
  // The benchmark's floor route (POST /api/bench/floor, no session or database); 404 unless 1.
  MOA_BENCH_ROUTES: z.enum(['0', '1']).default('0'),
  // Set by the test runner (scripts/test.mjs) to its own pid; nothing else sets it.
  MOA_TEST_CONTROL_PID: optional,
  // Demo accounts and the login page's demo hint outside `npm run dev`.
  MOA_DEMO: z.enum(['0', '1']).default('0'),
  // Web push. Without keys push is off (in-app notifications still work); `npm run dev`
  // generates a pair once and keeps it in .moa/secrets.json.
  VAPID_PUBLIC_KEY: optional,
  VAPID_PRIVATE_KEY: optional,
  VAPID_SUBJECT: z.string().trim().regex(/^(mailto:|https:\/\/)/).default('mailto:admin@moa.local'),
  // AI mission suggestions through any OpenAI-compatible chat completions endpoint;
  // without all three, suggestions come from the bundled offline catalog.
  AI_BASE_URL: z.string().trim().url().optional(),
  AI_API_KEY: optional,
  AI_MODEL: optional,
  // AI ticket art (lib/pieces/art) through the same endpoint's images API; without it,
  // with AI_BASE_URL and AI_API_KEY, tickets use their layouts only.
  AI_IMAGE_MODEL: optional,
  // Gift search through Naver Shopping; without keys the bundled catalog answers.
  NAVER_CLIENT_ID: optional,
  NAVER_CLIENT_SECRET: optional,
  // Show catalog providers (lib/shows/catalog); without keys the bundled catalog answers.
  // KOPIS (stage, `service` key), KOBIS (films, `key`), TMDB (film posters, a v4 read
  // access token). The base URLs exist so tests can point them at stand-in servers.
  KOPIS_SERVICE_KEY: optional,
  KOPIS_BASE_URL: z.string().trim().url().default('https://kopis.or.kr/openApi/restful'),
  KOBIS_API_KEY: optional,
  KOBIS_BASE_URL: z.string().trim().url().default('https://www.kobis.or.kr/kobisopenapi/webservice/rest'),
  TMDB_ACCESS_TOKEN: optional,
  TMDB_BASE_URL: z.string().trim().url().default('https://api.themoviedb.org/3'),
  TMDB_IMAGE_BASE_URL: z.string().trim().url().default('https://image.tmdb.org/t/p'),
  // How long a catalog provider may take before the bundled catalog answers alone.
  SHOW_CATALOG_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  // Video calls through LiveKit; without all three, calls use a direct WebRTC peer
  // connection signalled over the room's realtime channel.
  LIVEKIT_URL: z.string().trim().url().optional(),
  LIVEKIT_API_KEY: optional,
  LIVEKIT_API_SECRET: optional,
  // Local weather for menu suggestions: KMA short-term forecast (data.go.kr service key,
  // the "Decoding" form; an already URL-encoded key is passed as it is). Without it the
  // weather box is absent and suggestions use the season and the time of day.
  KMA_SERVICE_KEY: optional,
  KMA_BASE_URL: z.string().trim().url().default('https://apis.data.go.kr/1360000/VilageFcstInfoService_2.0'),
  // Optional STUN/TURN servers for direct calls, as JSON: [{"urls":"stun:…"}].
  ICE_SERVERS: optional,
  // Outgoing mail (email verification, password reset): an SMTP URL such as
  // smtps://user:pass@smtp.example.com:465. Without it mail features answer 503
  // "mail unavailable"; `npm run dev` and `npm test` start an embedded server with an inbox.
  SMTP_URL: z.string().trim().regex(/^smtps?:\/\//).optional(),
  MAIL_FROM: z.string().trim().min(3).default('Moa <no-reply@moa.local>'),
  // Set by `npm run dev` / `npm test` to their embedded inbox; the login page links it.
  MOA_DEV_INBOX_URL: z.string().trim().url().optional(),
  // Tesseract worker threads for ticket scans (~150 MB each, started on first use): a scan
  // reads its preparations of the photo on as many side by side.
  SCAN_WORKERS: z.coerce.number().int().min(1).max(8).default(SCAN_WORKERS_DEFAULT),
}).refine((e) => !(e.NODE_ENV === 'production' && e.MOA_TEST_HOOKS === '1' && !e.MOA_TEST_CONTROL_PID), {
  // Fail closed if a production server was started some other way than scripts/serve.mjs
  // (which refuses to start at all): every request fails instead of opening test routes.
  path: ['MOA_TEST_HOOKS'],
  message: 'MOA_TEST_HOOKS=1 is for `npm test` only',
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid or missing environment variables: ${names}. Start the app with \`npm run dev\` or see README.md.`);
  }
  cached = parsed.data;
  return cached;
}

/** Demo accounts exist and the login page names them: `npm run dev`, or MOA_DEMO=1. */
export const demoMode = () => env().NODE_ENV === 'development' || env().MOA_DEMO === '1';

/**
 * The demo login the login page shows in demo mode (scripts/lib/seed.mjs makes it). Sent
 * to the page only then, so a production page carries no password, not even in its payload.
 */
export const demoLogin = () => (demoMode() ? { loginId: 'parent1', password: 'moa-demo-1234' } : null);

/** Settings the browser needs to reach the realtime server. Never includes secrets. */
export function publicRealtimeConfig() {
  const e = env();
  const useTLS = e.PUSHER_USE_TLS ? e.PUSHER_USE_TLS === 'true' : !e.PUSHER_HOST;
  return {
    key: e.PUSHER_KEY,
    cluster: e.PUSHER_CLUSTER ?? 'mt1',
    host: e.PUSHER_HOST ?? null,
    port: e.PUSHER_PORT ?? null,
    useTLS,
  };
}
export type PublicRealtimeConfig = ReturnType<typeof publicRealtimeConfig>;
