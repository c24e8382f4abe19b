import compile from 'icu-minify/compile';

// Messages are formatted precompiled (issue 12): next.config.js points use-intl's formatter
// at its format-only build, so intl-messageformat's parser (~8 KiB gzipped) is in no page's
// JavaScript and no message is parsed at run time on a phone. lib/i18n/messages.ts compiles
// the message files once per process with this.

/** Every string of a message tree compiled with icu-minify (what use-intl's format-only formatter reads). */
export function compileTree(node: unknown): unknown {
  if (typeof node === 'string') return compile(node);
  if (Array.isArray(node)) return node.map(compileTree);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compileTree(v)]));
  return node;
}
