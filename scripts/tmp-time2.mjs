import { createJiti } from 'jiti';
import fs from 'node:fs';
const jiti = createJiti(import.meta.url, { alias: { '@': '/work/h-render' }, jsx: { runtime: 'automatic' } });
const { loadFonts } = await jiti.import('@/lib/render/png.ts');
const satori = (await import('satori')).default;
const sharp = (await import('sharp')).default;
const { ticketElement, FORMATS } = await jiti.import('@/lib/pieces/render/ticket.tsx');
const base = { locale: 'ko', kind: 'MUSICAL', date: '2026-03-14', time: '19:30', venue: '블루스퀘어', seat: '1층', price: 150000, cast: [], rating: 9, review: '좋았다', owner: { name: '포도알', title: null }, image: null, art: null, serial: '4F2A19', title: '레미제라블' };
const fonts = await loadFonts();
for (const format of ['story', 'og']) {
  const t0 = performance.now();
  const svg = await satori(ticketElement(base, { layout: 'classic', theme: 'grape' }, format), { ...FORMATS[format], fonts });
  const t1 = performance.now();
  await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  console.log(format, 'satori', (t1 - t0).toFixed(0), 'sharp', (performance.now() - t1).toFixed(0), 'masks', (svg.match(/<mask/g) ?? []).length, 'filters', (svg.match(/<filter/g) ?? []).length);
  fs.writeFileSync(`/tmp/t-${format}.svg`, svg);
}
