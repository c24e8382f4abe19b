import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderShowArt } from './art';
import { SHOW_KINDS } from './schemas';

describe('show art', () => {
  it('draws an SVG per kind with the title as paths (no font needed), coloured by the key', async () => {
    const svgs = [];
    for (const kind of SHOW_KINDS) svgs.push((await renderShowArt({ key: `bundled:x-${kind}`, kind, title: '레미제라블', year: 2024 }, 'svg')).toString());
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg width="600" height="900"/);
      expect(svg).not.toMatch(/<text|<script/);
      expect(svg).toMatch(/<path/);
    }
    const hues = new Set(svgs.map((s) => /hsl\(\d+/.exec(s)?.[0] ?? s.slice(0, 200)));
    expect(new Set(svgs).size).toBe(SHOW_KINDS.length);
    expect(hues.size).toBeGreaterThan(1);
  });

  it('draws the title: the same key with and without one differs; PNG on request', async () => {
    const base = { key: 'typed:PLAY:2025:라이어', kind: 'PLAY' as const, year: 2025 };
    const [withTitle, without] = [await renderShowArt({ ...base, title: '라이어' }, 'svg'), await renderShowArt({ ...base, title: '' }, 'svg')];
    expect(withTitle.length).toBeGreaterThan(without.length + 500);
    const png = await renderShowArt({ ...base, title: '라이어' }, 'png');
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 600, height: 900 });
  }, 20_000);
});
