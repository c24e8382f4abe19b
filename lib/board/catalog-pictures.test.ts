// The bundled catalog's pictures show what each gift is: every LEGO set its own drawing
// (not one placeholder for the lot), and almost every item a drawing of its own kind.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import data from './catalog-items.json';

/** The drawing without the name label and the decorative dot, which differ anyway. */
const drawing = (url: string) =>
  fs
    .readFileSync(path.join('public', url), 'utf8')
    .replace(/<g font-family[^]*<\/g><\/svg>$/, '')
    .replace(/<circle cx="\d+" cy="\d+" r="10" fill="#fff" opacity=".5"\/>/, '');

describe('catalog pictures', () => {
  it('every item has its own SVG file, a well-formed drawing labelled with its name', () => {
    for (const item of data.items) {
      const svg = fs.readFileSync(path.join('public', item.imageUrl), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).not.toMatch(/<image|https?:\/\/(?!www\.w3\.org)/);
      expect(svg.replace(/<[^>]+>/g, '').replace(/\s/g, '')).toContain(item.name.replace(/\s/g, '').slice(0, 6));
    }
  });

  it('LEGO sets are told apart by their drawings; across the catalog at least 90% differ', () => {
    const lego = data.items.filter((i) => i.name.includes('레고'));
    expect(lego.length).toBeGreaterThanOrEqual(5);
    expect(new Set(lego.map((i) => drawing(i.imageUrl))).size).toBe(lego.length);
    const distinct = new Set(data.items.map((i) => drawing(i.imageUrl))).size;
    expect(distinct / data.items.length).toBeGreaterThanOrEqual(0.9);
  });
});
