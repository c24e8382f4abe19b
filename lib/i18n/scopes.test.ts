import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { namespacesIn, namespacesReached, reachable, UNCHECKABLE } from './scope-analysis';
import { SCOPES, scopedMessages, type Scope } from './scopes';

const ROOT = path.resolve(__dirname, '../..');
const APP = path.join(ROOT, 'app');
const KNOWN = new Set(Object.keys(MESSAGES.ko));

function routeFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === path.join(APP, 'api') ? [] : routeFiles(p);
    return e.name.endsWith('.tsx') ? [p] : [];
  });
}

/** The scopes around a route file: a layout's covers its folder, a page's only itself. */
function scopesOf(file: string, all: string[]): Scope[] {
  const out: Scope[] = ['shell'];
  for (const other of all) {
    const m = /<MessagesScope scope="(\w+)"/.exec(fs.readFileSync(other, 'utf8'));
    if (!m) continue;
    const covers = path.basename(other) === 'layout.tsx' ? (file + path.sep).startsWith(path.dirname(other) + path.sep) : other === file;
    if (covers) out.push(m[1] as Scope);
  }
  return out;
}

describe('message scopes', () => {
  const files = routeFiles();

  it('give every route the namespaces its client code asks for', () => {
    const missing: string[] = [];
    for (const file of files) {
      const held = new Set<string>(scopesOf(file, files).flatMap((s) => SCOPES[s]));
      const lacking = [...namespacesReached(ROOT, file, KNOWN)].filter((ns) => !held.has(ns));
      if (lacking.length) missing.push(`${path.relative(ROOT, file)}: ${lacking.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('the analysis sees what real screens use, through dynamic imports too', () => {
    const room = path.join(APP, '(app)/chat/[roomId]/page.tsx');
    expect([...namespacesReached(ROOT, room, KNOWN)]).toEqual(expect.arrayContaining(['chat', 'rooms', 'coupleTools']));
    // The shell's call banner is loaded with next/dynamic.
    const shell = reachable(ROOT, path.join(APP, '(app)/layout.tsx'));
    expect([...shell].some((f) => f.endsWith('components/calls/incoming-call-banner.tsx'))).toBe(true);
    expect(namespacesReached(ROOT, path.join(APP, '(app)/layout.tsx'), KNOWN).has('calls')).toBe(true);
  });

  it('the root layout sends only the shell scope', () => {
    expect(fs.readFileSync(path.join(APP, 'layout.tsx'), 'utf8')).toContain("scopedMessages(locale, 'shell')");
  });

  it('picks the namespaces of a scope, in both locales', () => {
    for (const locale of ['ko', 'en'] as const) {
      const picked = scopedMessages(locale, 'neighbourhood');
      expect(Object.keys(picked)).toEqual(['posts']);
      expect(picked.posts).toBeTruthy();
    }
  });
});

describe('namespacesIn', () => {
  it('reads namespaced translators, bare translators and keys built at run time', () => {
    expect([...namespacesIn("const t = useTranslations('cakes.pieces'); t('open')", KNOWN)]).toEqual(['cakes']);
    expect([...namespacesIn("const t = useTranslations(); t('profile.save'); t.rich(`ticket.x`); t('add')", KNOWN)].sort()).toEqual(['profile', 'ticket']);
    expect([...namespacesIn('const tr = useTranslations(); tr(issue.message as never)', KNOWN)].sort()).toEqual(['errors', 'validation']);
    expect([...namespacesIn("const t = getT(); t('home.greeting')", KNOWN)]).toEqual([]);
    expect([...namespacesIn('const t = useTranslations(ns)', KNOWN)]).toEqual([UNCHECKABLE]);
    expect([...namespacesIn("useTranslations()('home.x')", KNOWN)]).toEqual([UNCHECKABLE]);
  });
});
