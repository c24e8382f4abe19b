// Placeholder art for shows without a poster (every bundled show: no copyrighted posters
// are bundled), drawn from the title, the kind and a colour from the key's hash. satori
// turns every glyph into a path from the bundled font, so the SVG looks the same on every
// device with no font of its own; PNG (through sharp, ~1 s here against ~50 ms for the
// SVG) only where SVG is not accepted (link previews). Kept in memory once drawn.
// ShowArt is also an element other satori renders (tickets, cards) can place.
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { kv } from '@/lib/kv';
import { translator } from '@/lib/i18n/messages';
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts, printable } from '@/lib/render/png';
import type { CatalogShow, ShowKind } from './schemas';
import { getBundledShow } from './catalog/bundled';
import { itemCacheKey } from './catalog/catalog';

export const ART_SIZE = { width: 600, height: 900 };
type ArtShow = Pick<CatalogShow, 'key' | 'kind' | 'title'> & { year?: number | null };

/** What to draw for a key: the bundled catalog, a Show row, or a provider show seen in a search. */
export async function findArtShow(key: string): Promise<ArtShow | null> {
  const bundled = getBundledShow(key);
  if (bundled) return bundled;
  const row = await db.show.findUnique({ where: { key }, select: { key: true, kind: true, title: true, year: true } });
  if (row) return row;
  const seen = await (await kv()).get<CatalogShow | false>(itemCacheKey(key)).catch(() => null);
  return seen || null;
}

const hue = (key: string) => createHash('sha256').update(key).digest().readUInt16BE(0) % 360;

const titleSize = (title: string) => (title.length <= 6 ? 96 : title.length <= 12 ? 76 : title.length <= 24 ? 58 : 44);

/** A small motif per kind: film sprockets, a curtain, spotlights, rings, confetti. */
function motif(kind: ShowKind, ink: string) {
  const abs = { position: 'absolute' as const, display: 'flex' };
  if (kind === 'MOVIE') {
    const holes = Array.from({ length: 11 }, (_, i) => <div key={i} style={{ width: 22, height: 34, borderRadius: 6, background: ink }} />);
    return [0, 1].map((side) => <div key={side} style={{ ...abs, top: 20, bottom: 20, [side ? 'right' : 'left']: 18, flexDirection: 'column', justifyContent: 'space-between' }}>{holes}</div>);
  }
  if (kind === 'PLAY') return [0, 1].map((side) => <div key={side} style={{ ...abs, top: -120, [side ? 'right' : 'left']: -140, width: 360, height: 360, borderRadius: 180, background: ink }} />);
  if (kind === 'MUSICAL') return [120, 300, 480].map((x) => <div key={x} style={{ ...abs, top: -90, left: x - 90, width: 180, height: 260, borderRadius: 90, background: ink }} />);
  if (kind === 'CONCERT') return [420, 300, 180].map((d) => <div key={d} style={{ ...abs, bottom: 120 - d / 2, right: 60 - d / 2, width: d, height: d, borderRadius: '50%', border: `14px solid ${ink}` }} />);
  return [[80, 120], [470, 90], [520, 300], [60, 420], [300, 60]].map(([x, y]) => <div key={`${x}-${y}`} style={{ ...abs, left: x, top: y, width: 36, height: 36, transform: 'rotate(45deg)', background: ink }} />);
}

export function ShowArt({ show }: { show: ArtShow }) {
  const h = hue(show.key);
  const title = printable(show.title).trim();
  const shown = title.length > 48 ? `${title.slice(0, 47)}…` : title;
  const kindLabel = translator('ko')(`shows.kinds.${show.kind}`);
  return (
    <div style={{ display: 'flex', position: 'relative', width: '100%', height: '100%', overflow: 'hidden', fontFamily: 'Pretendard', color: '#ffffff', background: `linear-gradient(160deg, hsl(${h}, 55%, 42%), hsl(${(h + 40) % 360}, 60%, 22%))` }}>
      {motif(show.kind, `hsla(${(h + 180) % 360}, 70%, 85%, 0.18)`)}
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', padding: '96px 72px 88px' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 4, opacity: 0.85 }}>{kindLabel}</div>
        <div style={{ display: 'flex', fontSize: titleSize(shown), fontWeight: 700, lineHeight: 1.2, wordBreak: 'keep-all' }}>{shown}</div>
        <div style={{ display: 'flex', fontSize: 34, fontWeight: 400, opacity: 0.85 }}>{show.year ? String(show.year) : ' '}</div>
      </div>
    </div>
  );
}

export type ArtFormat = 'svg' | 'png';
const drawn = new Map<string, Buffer>();
const KEEP = 300;

export async function renderShowArt(show: ArtShow, format: ArtFormat): Promise<Buffer> {
  const svg = await satori(<ShowArt show={show} />, { ...ART_SIZE, fonts: await loadFonts() });
  return format === 'svg' ? Buffer.from(svg) : sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The art of a show key; 404 when no catalog or show has that key. */
export async function showArt(key: string, format: ArtFormat): Promise<Buffer> {
  const id = `${format}:${key}`;
  const hit = drawn.get(id);
  if (hit) return hit;
  const show = await findArtShow(key);
  if (!show) throw notFound();
  const image = await renderShowArt(show, format);
  if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value!);
  drawn.set(id, image);
  return image;
}
