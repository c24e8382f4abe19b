// Server-side image rendering: a satori element tree (flexbox, inline styles) to SVG with
// every glyph drawn from the bundled Pretendard font (satori needs OTF/TTF, and only
// draws glyphs that are in a font it was given), then to PNG with sharp. Used by the
// ticket images, share previews and the year-in-review card.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReactNode } from 'react';
import satori from 'satori';
import sharp from 'sharp';

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<SatoriFont[]> | undefined;
/** The bundled font files (assets/fonts), read once per process. */
export function loadFonts(): Promise<SatoriFont[]> {
  fonts ??= Promise.all(
    ([['Pretendard-Regular.otf', 400], ['Pretendard-Bold.otf', 700]] as const).map(async ([file, weight]) => ({
      name: 'Pretendard',
      data: await fs.readFile(path.join(process.cwd(), 'assets', 'fonts', file)),
      weight,
      style: 'normal' as const,
    })),
  ).catch((err) => {
    fonts = undefined;
    throw err;
  });
  return fonts;
}

// Kept importable from here; the function lives in a module the browser can load too.
export { printable } from './printable';

export async function renderPng(element: ReactNode, size: { width: number; height: number }): Promise<Buffer> {
  const svg = await satori(element, { ...size, fonts: await loadFonts() });
  // Rasterise once, then encode: piping SVG straight into the PNG encoder let libvips
  // redraw the SVG strip by strip, and every strip composites each mask satori emits
  // (rounded or clipped boxes) again — five times the work for a 1080×1920 ticket.
  const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: info }).png({ compressionLevel: 6 }).toBuffer();
}
