// Generators for fuzzing route handlers: path ids, bodies, query strings and content
// types that look almost right, plus noise. Used by tests/integration/fuzz-routes.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

type A<T = unknown> = fc.Arbitrary<T>;

/** 'METHOD /api/…' for every exported handler of every app/api/**\/route.ts on disk. */
export function discoverRoutes(root: string): string[] {
  const api = path.join(root, 'app/api');
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const src = fs.readFileSync(full, 'utf8');
        const methods = new Set<string>();
        for (const m of src.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) methods.add(m[1]);
        for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) {
          for (const part of m[1].split(',')) {
            const name = part.trim().split(/\s+as\s+/).pop()!;
            if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) methods.add(name);
          }
        }
        const url = '/' + path.relative(root, path.dirname(full)).split(path.sep).slice(1).join('/');
        for (const m of methods) keys.push(`${m} ${url}`);
      }
    }
  };
  walk(api);
  return keys.sort();
}

// Text a person might type, text that used to break things, and text that is too long.
const tricky = fc.constantFrom('a\u0000b', '\u0000', 'x\u0001y', 'line\nbreak', 'tab\there', 'a\u2028b', '\u001b[31mred', '\ud800', '%00', '../../etc/passwd', "'; DROP TABLE \"User\"; --", '<script>alert(1)</script>', '🍇'.repeat(40));
export const text: A<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom('포도', '레고 시티', '방 정리하기', '  spaced  ', '') },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 5000 }) },
);

/** Anything a JSON field could hold. */
export const anyField: A = fc.oneof(
  text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(text, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), text, { maxKeys: 3 }),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER),
);

export const int: A<number> = fc.oneof(fc.integer({ min: -2, max: 60 }), fc.integer(), fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31)));

const cuidLike = fc.stringMatching(/^c[a-z0-9]{24}$/);
/** An id that is not any real row's, or not an id at all. */
export const strangeId: A<string> = fc.oneof(
  { weight: 2, arbitrary: cuidLike },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('..', '.', '%', '%00', 'null', 'undefined', '0', '-1', 'c'.repeat(300), '한글아이디', '\u0000', 'a b', 'me') },
);
/** Mostly one of the given real ids, sometimes a strange one. */
export const idFrom = (...real: string[]): A<string> =>
  real.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: strangeId }) : strangeId;

/** 'YYYY-MM-DD' days: real ones near today, impossible ones, and noise. */
export const day = (...real: string[]): A<string> => fc.oneof(
  ...(real.length ? [{ weight: 3, arbitrary: fc.constantFrom(...real) }] : []),
  { weight: 2, arbitrary: fc.integer({ min: -40, max: 40 }).map((d) => new Date(Date.now() + d * 864e5).toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.constantFrom('2024-13-01', '2026-02-30', '2024-02-29', '2024-00-10', '1999-12-31', '3000-01-01', '2026-1-1', '20260101') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A JSON object whose keys are the route's fields (values near-valid or anything), or any JSON at all. */
export function jsonBody(fields: Record<string, A>): A<string> {
  const record = fc.record(
    Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: anyField })])),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 8, arbitrary: record.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '[', 'null', '"x"', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}', '\u0000', '\ufeff{}', '{"a":' + '['.repeat(5000)) },
    // Over the 256 KB JSON cap.
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ pad: 'x'.repeat(300 * 1024) })) },
  );
}

export const contentType: A<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 2, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zz', 'application/jsonx', 'APPLICATION/JSON', ';;;', 'application/json; charset=latin1') },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A query string from the route's parameters (each maybe left out) and sometimes junk keys. */
export function query(params: Record<string, A<string>>): A<string> {
  const entries = Object.entries(params).map(([k, a]) => fc.option(a.map((v) => [k, v] as [string, string]), { nil: undefined }));
  const junk = fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 })), { nil: undefined });
  return fc.tuple(fc.tuple(...entries), junk).map(([pairs, extra]) => {
    const q = new URLSearchParams();
    for (const p of [...pairs, extra]) if (p) q.append(p[0], p[1]);
    const s = q.toString();
    return s ? `?${s}` : '';
  });
}

/** A header value fetch will send (bytes 0x20–0xFF but DEL), sometimes the length of `like`. */
export function headerValue(like: string): A<string> {
  const ch = fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c));
  return fc.oneof(
    fc.string({ unit: ch, maxLength: 60 }),
    fc.string({ unit: ch, minLength: like.length, maxLength: like.length }),
    fc.string({ unit: ch, minLength: like.length - 7, maxLength: like.length - 7 }).map((s) => `Bearer ${s}`),
  );
}
