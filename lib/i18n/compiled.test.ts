import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import formatCompiled from 'use-intl/format-message/format-only';
import { _createCache, _createIntlFormatters, createTranslator } from 'use-intl/core';
import { MESSAGES } from './messages';
import { compileTree } from './compiled';
import { LOCALES } from './config';

// The browser formats precompiled messages with use-intl's format-only formatter; the
// server formats the raw strings with intl-messageformat. Every message, in both
// languages, with values for each of its arguments (every branch of a select, a plural
// as one and as several), must read the same both ways.

type Leaf = { key: string; raw: string };
const leaves = (node: object, prefix = ''): Leaf[] =>
  Object.entries(node).flatMap(([k, v]): Leaf[] =>
    // Arrays (the legal texts) are read on the server with t.raw only.
    typeof v === 'string' ? [{ key: `${prefix}${k}`, raw: v }] : v && typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${prefix}${k}.`) : [],
  );

const tag = (chunks: unknown[]) => `[${chunks.join('')}]`;
/** One set of values per variant: each select option, plural 1 and 5. */
function valueSets(elements: MessageFormatElement[]): Record<string, unknown>[] {
  let sets: Record<string, unknown>[] = [{}];
  const add = (name: string, options: unknown[]) => {
    sets = sets.flatMap((s) => (name in s ? [s] : options.map((o) => ({ ...s, [name]: o }))));
  };
  for (const el of elements) {
    if (el.type === TYPE.argument) add(el.value, ['가나']);
    else if (el.type === TYPE.number) add(el.value, [1234.5]);
    else if (el.type === TYPE.date || el.type === TYPE.time) add(el.value, [new Date('2026-03-04T05:06:07Z')]);
    else if (el.type === TYPE.select) {
      add(el.value, Object.keys(el.options));
      for (const o of Object.values(el.options)) for (const s of valueSets(o.value)) sets = sets.map((x) => ({ ...s, ...x }));
    } else if (el.type === TYPE.plural) {
      add(el.value, [1, 5]);
      for (const o of Object.values(el.options)) for (const s of valueSets(o.value)) sets = sets.map((x) => ({ ...s, ...x }));
    } else if (el.type === TYPE.tag) {
      add(el.value, [tag]);
      for (const s of valueSets(el.children)) sets = sets.map((x) => ({ ...s, ...x }));
    }
  }
  return sets;
}

describe('precompiled messages (the browser) read as the raw ones (the server)', () => {
  for (const locale of LOCALES) {
    it(`every ${locale} message`, () => {
      const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'Asia/Seoul', onError: (e) => { throw e; } });
      const compiled = JSON.parse(JSON.stringify(compileTree(MESSAGES[locale])));
      const options = { cache: _createCache(), formatters: _createIntlFormatters(_createCache()), locale, timeZone: 'Asia/Seoul' as const };
      let checked = 0;
      for (const { key, raw } of leaves(MESSAGES[locale])) {
        const message = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], compiled);
        for (const values of valueSets(parse(raw, { ignoreTag: false }))) {
          const server = Object.keys(values).length ? (t.markup as (k: string, v: object) => string)(key, values) : (t as unknown as (k: string) => string)(key);
          const out = (formatCompiled as (...a: unknown[]) => unknown)(key, message, Object.keys(values).length ? values : undefined, options);
          expect(Array.isArray(out) ? out.join('') : out, `${locale}:${key} ${JSON.stringify(values)}`).toBe(server);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(500);
    });
  }
});
