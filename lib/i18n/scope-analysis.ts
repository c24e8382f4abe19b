// Which message namespaces each route's client code can ask for, read from the source:
// the modules a route file reaches through static and dynamic imports, and in them the
// namespaces of `useTranslations('ns…')`, or of the literal keys a bare `useTranslations()`
// is called with. A key the code builds at run time (a zod issue's message) is taken to be
// one of the namespaces every page carries (validation, errors). Used by the scopes test
// to prove each page's provider holds every string its client code can ask for.
import fs from 'node:fs';
import path from 'node:path';

const EXTS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];
export const DYNAMIC_KEY_NAMESPACES = ['validation', 'errors'];
export const UNCHECKABLE = '<namespace chosen at run time>';

export function resolveImport(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (/\.(tsx?|mjs|js)$/.test(base) && fs.existsSync(base)) return base;
  for (const ext of EXTS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const IMPORT_RE = /(?:import|export)\s+(?:type\s+)?[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/**
 * The namespaces one file's own code asks for. `known` are the messages' top-level
 * namespaces: in a file where a bare translator and a namespaced one share a name (two
 * components), a literal key that starts with no namespace is the namespaced one's.
 */
export function namespacesIn(source: string, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const first = (key: string) => key.split('.')[0];
  for (const m of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
    const arg = m[1].trim();
    const literal = /^(['"`])([\w.-]+)\1$/.exec(arg);
    if (literal) out.add(first(literal[2]));
    // A namespace chosen at run time cannot be checked: no scope holds UNCHECKABLE.
    else if (arg) out.add(UNCHECKABLE);
  }
  // A bare translator must be named to be followed.
  const bare = [...source.matchAll(/useTranslations\(\s*\)/g)].length;
  if (bare > [...source.matchAll(/(?:const|let)\s+\w+\s*=\s*useTranslations\(\s*\)/g)].length) out.add(UNCHECKABLE);
  for (const m of source.matchAll(/(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*\)/g)) {
    const name = m[1];
    const call = new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^,)]*)`, 'g');
    for (const c of source.matchAll(call)) {
      const arg = c[1].trim();
      const literal = /^(['"`])([A-Za-z][\w-]*)[.'"`$]/.exec(arg);
      if (literal) {
        if (known.has(literal[2])) out.add(literal[2]);
      } else DYNAMIC_KEY_NAMESPACES.forEach((ns) => out.add(ns));
    }
  }
  return out;
}

/** Every module a file reaches through imports of the app's own code (type-only imports skipped). */
export function reachable(root: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = fs.readFileSync(entry, 'utf8');
  for (const m of source.matchAll(IMPORT_RE)) {
    if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
    const spec = m[1] ?? m[2] ?? m[3];
    const file = resolveImport(root, entry, spec);
    if (file) reachable(root, file, seen);
  }
  return seen;
}

export function namespacesReached(root: string, entry: string, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const file of reachable(root, entry)) for (const ns of namespacesIn(fs.readFileSync(file, 'utf8'), known)) out.add(ns);
  return out;
}
