import path from 'node:path';
import { createJiti } from 'jiti';
const ROOT = '/work/h-render';
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT }, jsx: { runtime: 'automatic' } });
const { renderPng, loadFonts } = await jiti.import('@/lib/render/png.ts');
const satori = (await import('satori')).default;
const { ticketElement, FORMATS } = await jiti.import('@/lib/pieces/render/ticket.tsx');
const base = { locale: 'ko', kind: 'MUSICAL', date: '2026-03-14', time: '19:30', venue: '블루스퀘어', seat: '1층', price: 150000, cast: [], rating: 9, review: '좋았다', owner: { name: '포도알', title: null }, image: null, art: null, serial: '4F2A19', title: '레미제라블' };
const fonts = await loadFonts();
for (let i = 0; i < 3; i++) {
  let t0 = performance.now();
  const svg = await satori(ticketElement(base, { layout: 'classic', theme: 'grape' }, 'story'), { ...FORMATS.story, fonts });
  const t1 = performance.now();
  await renderPng(ticketElement(base, { layout: 'classic', theme: 'grape' }, 'story'), FORMATS.story);
  console.log('satori', (t1 - t0).toFixed(0), 'total', (performance.now() - t1).toFixed(0), 'svg bytes', svg.length);
}
