/**
 * A source path from a build's source map as one row of a breakdown: node_modules packages
 * grouped by package, Turbopack's `turbopack:///[project]/` prefix and the `../../` a
 * resolved map path starts with taken off. Shared by first-load-sources.mjs and js-profile.mjs.
 */
export function sourceGroup(src) {
  const s = src.replace(/^turbopack:\/+(\[project\]\/)?/, '').replace(/^\.\.\/\.\.\//, '');
  return s.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? s.replace(/ \[.*$/, '');
}
