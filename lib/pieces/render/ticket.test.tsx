import { describe, expect, it } from 'vitest';
import satori from 'satori';
import sharp from 'sharp';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadFonts } from '@/lib/render/png';
import { LAYOUTS, THEMES } from './looks';
import { FORMATS, TICKET_FORMATS, ticketElement } from './ticket';
import { renderTicketPng } from './service';
import { sampleTicket } from './sample';
import type { TicketData } from './data';

const crowded: TicketData = {
  ...sampleTicket,
  title: '🎭 연극 〈오이디푸스〉 — 세계 초연 25주년 기념 특별 내한공연 앙코르 무대 (부제: 운명을 향한 마지막 여정)',
  cast: ['김철수', '이영희', '박민수', '최지우', '정우성'],
  review: '🔥 대사 한 줄 한 줄이 너무 좋아서 잊을 수가 없다. '.repeat(10),
  owner: { name: '아주아주긴닉네임을가진관객님입니다', title: '공연장의 터줏대감 마스터' },
  seat: '2층 C블록 발코니석 가장 끝 23번 좌석',
  price: 1234567,
};

describe('ticket element', () => {
  it('draws every layout × theme × format with glyphs from the bundled font only', async () => {
    const fonts = await loadFonts();
    const missing: string[] = [];
    for (const layout of LAYOUTS) for (const theme of THEMES) for (const format of TICKET_FORMATS) {
      const svg = await satori(ticketElement(crowded, { layout, theme }, format), {
        ...FORMATS[format],
        fonts,
        loadAdditionalAsset: async (code, segment) => {
          missing.push(`${layout}/${theme}/${format}: ${code} ${segment}`);
          return '';
        },
      });
      expect(svg.startsWith(`<svg width="${FORMATS[format].width}" height="${FORMATS[format].height}"`)).toBe(true);
    }
    expect(missing).toEqual([]);
  }, 120_000);

  it('renders in a browser DOM too, with the same printed text and no emoji', () => {
    for (const layout of LAYOUTS) {
      const html = renderToStaticMarkup(ticketElement(sampleTicket, { layout, theme: 'grape' }, 'story'));
      for (const text of ['레미제라블', '포도알', '회전문 관객']) expect(html, layout).toContain(text);
      expect(html).not.toMatch(/\p{Extended_Pictographic}/u);
    }
    const classic = renderToStaticMarkup(ticketElement(sampleTicket, { layout: 'classic', theme: 'grape' }, 'story'));
    for (const text of ['1층 B구역 7열 12번', '150,000원', '2026.03.14 (토)', 'No. 4F2A19']) expect(classic).toContain(text);
    expect(renderToStaticMarkup(ticketElement({ ...crowded, title: '최고🎉의 공연' }, { layout: 'stub', theme: 'mint' }, 'og'))).toContain('최고의 공연');
  });

  it('renders PNGs of the story and preview sizes', async () => {
    const story = await sharp(await renderTicketPng(sampleTicket, { layout: 'classic', theme: 'grape' }, 'story')).metadata();
    expect([story.format, story.width, story.height]).toEqual(['png', 1080, 1920]);
    const og = await sharp(await renderTicketPng(sampleTicket, { layout: 'polaroid', theme: 'cherry' }, 'og')).metadata();
    expect([og.format, og.width, og.height]).toEqual(['png', 1200, 630]);
  }, 60_000);

  it('keeps the preview content inside the centre 2:1 area KakaoTalk keeps (nothing but backdrop in the cropped rows)', async () => {
    for (const layout of LAYOUTS) {
      const png = await renderTicketPng(crowded, { layout, theme: 'mono' }, 'og');
      const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
      const spread = (y: number) => {
        const row = data.subarray(y * info.width, (y + 1) * info.width);
        return Math.max(...row) - Math.min(...row);
      };
      for (const y of [0, 7, 14, 616, 622, 629]) expect(spread(y), `${layout} row ${y}`).toBeLessThanOrEqual(6);
      // …and the card itself does reach into that area (the test would pass on a blank image otherwise).
      expect(spread(315), layout).toBeGreaterThan(25);
    }
  }, 60_000);
});
