// Polaroid: the photo or poster as an instant print, taped on and a little askew, with
// a note card holding the stars, the review and the details.
import type { ReactNode } from 'react';
import { fitText } from '../text';
import { detailFields, type TicketModel } from '../model';
import { alpha } from '../themes';
import { Backdrop, col, Cover, Fields, Lift, Lines, row, Stars, Text } from '../parts';
import { Artwork, Brand, OwnerLine, ReviewQuote } from './common';

/** Soft dots scattered over the backdrop (fixed positions: the same for every ticket). */
function Confetti({ m, spots }: { m: TicketModel; spots: [number, number, number][] }) {
  return (
    <>
      {spots.map(([x, y, r], i) => (
        <div key={i} style={{ display: 'flex', position: 'absolute', left: x - r, top: y - r, width: r * 2, height: r * 2, borderRadius: r, background: alpha(m.p.onBg, i % 2 ? 0.1 : 0.16) }} />
      ))}
    </>
  );
}

/** The print: a white frame around a square picture, a caption below, a strip of tape on top. */
function Print({ m, width, pad, caption, angle, children }: { m: TicketModel; width: number; pad: number; caption: number; angle: number; children?: ReactNode }) {
  const pic = width - pad * 2;
  const height = pad + pic + caption;
  return (
    <div style={col({ position: 'relative', width, height, transform: `rotate(${angle}deg)` })}>
      <Lift width={width} height={height} radius={6} offset={Math.round(pad / 2)} color={alpha('#000000', 0.2)} />
      <div style={col({ position: 'relative', width, height, padding: `${pad}px ${pad}px 0 ${pad}px`, background: '#fffdf8', borderRadius: 6 })}>
        {m.image ? <Cover src={m.image} width={pic} height={pic} /> : <Artwork m={m} width={pic} height={pic} compact={pic < 500} />}
        <div style={col({ height: caption, justifyContent: 'center', gap: 6 })}>{children}</div>
      </div>
      <div style={{ display: 'flex', position: 'absolute', left: width / 2 - pad * 2.6, top: -pad * 0.7, width: pad * 5.2, height: pad * 1.4, background: alpha(m.p.accent, 0.45), transform: 'rotate(3deg)' }} />
    </div>
  );
}

export function PolaroidStory({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, frameW, noteW] = [1080, 1920, 800, 880];
  const title = fitText(m.title, frameW - 100, 2, [68, 60, 52, 46, 40]);
  const spots: [number, number, number][] = [[90, 120, 46], [1000, 260, 70], [60, 980, 30], [1030, 1100, 40], [140, 1860, 60], [960, 1840, 26]];
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ alignItems: 'center', paddingTop: 150 }}>
      {m.art ? null : <Confetti m={m} spots={spots} />}
      <Print m={m} width={frameW} pad={36} caption={230} angle={-2.5}>
        <Lines fit={title} color="#1d1a22" lineHeight={1.12} style={{ letterSpacing: -1 }} />
        <Text size={30} color="#6f6a78" weight={700}>{[m.date, m.time].filter(Boolean).join('  ')}</Text>
      </Print>
      <div style={col({ width: noteW, marginTop: 70, padding: '40px 48px', gap: 26, background: alpha(p.paper, 0.94), borderRadius: 32 })}>
        <div style={row({ justifyContent: 'space-between', alignItems: 'center' })}>
          <Stars rating={m.rating} size={54} on={p.accent} off={p.starOff} gap={8} />
          <Text size={28} color={p.onAccent} weight={700} style={{ background: p.accent, padding: '8px 22px', borderRadius: 40 }}>{m.kind}</Text>
        </div>
        {m.review ? <ReviewQuote m={m} size={32} lines={2} width={noteW - 96} color={p.ink} /> : null}
        <Fields fields={detailFields(m, ['venue', 'seat', 'price'])} width={noteW - 96} p={p} labelSize={24} valueSize={32} gapY={18} />
        <OwnerLine m={m} size={30} width={noteW - 96} />
      </div>
      <Brand m={m} size={28} style={{ position: 'absolute', bottom: 44, left: 0, width: W, justifyContent: 'center' }} />
    </Backdrop>
  );
}

export function PolaroidOg({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, cardW, cardH] = [1200, 630, 660, 470];
  const title = fitText(m.title, cardW - 96, 2, [84, 72, 62, 54, 48, 42, 36]);
  const caption = fitText(m.title, 300, 1, [28, 24, 20]);
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ flexDirection: 'row', alignItems: 'center', padding: '0 60px 0 90px', gap: 70 }}>
      {m.art ? null : <Confetti m={m} spots={[[60, 70, 40], [1150, 560, 50], [470, 590, 22]]} />}
      <Print m={m} width={350} pad={22} caption={96} angle={-4}>
        <Lines fit={caption} color="#1d1a22" />
        <Text size={20} color="#6f6a78" weight={700}>{m.date}</Text>
      </Print>
      <div style={col({ width: cardW, height: cardH, padding: '40px 48px', gap: 16, background: alpha(p.paper, 0.95), borderRadius: 28 })}>
        <Text size={24} color={p.accent} weight={700} style={{ letterSpacing: 4 }}>{`${m.kindLatin} · ${m.kind}`}</Text>
        <Lines fit={title} color={p.ink} lineHeight={1.12} style={{ letterSpacing: -1 }} />
        {m.review ? <ReviewQuote m={m} size={24} lines={2} width={cardW - 96} /> : null}
        <div style={{ display: 'flex', flexGrow: 1 }} />
        <Lines fit={fitText([m.date, m.venue].filter(Boolean).join(' · '), cardW - 96, 1, [26, 23, 20])} color={p.ink} />
        <div style={row({ justifyContent: 'space-between', alignItems: 'center' })}>
          <Stars rating={m.rating} size={38} on={p.accent} off={p.starOff} gap={6} />
          <OwnerLine m={m} size={24} width={300} />
        </div>
      </div>
    </Backdrop>
  );
}
