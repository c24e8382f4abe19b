// Minimal: a typographic sheet. The title set large, hairlines, the details as a quiet
// table and one accent colour; the picture, when there is one, as a slim band.
import { fitText } from '../text';
import type { TicketModel } from '../model';
import { alpha } from '../themes';
import { Backdrop, col, Cover, Lines, row, Stars, Text } from '../parts';
import { BigDate, OwnerLine, ReviewQuote } from './common';

function Rule({ m, width }: { m: TicketModel; width: number }) {
  return <div style={{ display: 'flex', width, height: 2, flexShrink: 0, background: m.p.ink, opacity: 0.85 }} />;
}

/** Label left, value right, a hairline under each row. */
function Table({ m, width, rows, size }: { m: TicketModel; width: number; rows: [string, string | null][]; size: number }) {
  const valueW = width * 0.7;
  return (
    <div style={col({ width })}>
      {rows.filter((r): r is [string, string] => r[1] !== null).map(([label, value]) => (
        <div key={label} style={row({ width, justifyContent: 'space-between', alignItems: 'center', padding: `${size * 0.55}px 0`, borderBottom: `2px solid ${m.p.line}` })}>
          <Text size={size * 0.78} color={m.p.muted} weight={700}>{label}</Text>
          <Lines fit={fitText(value, valueW, 1, [size, Math.round(size * 0.86), Math.round(size * 0.74)])} color={m.p.ink} lineHeight={1.2} style={{ alignItems: 'flex-end' }} />
        </div>
      ))}
    </div>
  );
}

export function MinimalStory({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, margin] = [1080, 1920, 48];
  const sheetW = W - margin * 2;
  const inner = sheetW - 128;
  const title = fitText(m.title, inner, 4, [132, 112, 96, 82, 70, 60]);
  const band = m.image ? [480, 480, 400, 300, 240][title.lines.length] : 0;
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ padding: margin }}>
      <div style={col({ width: sheetW, height: H - margin * 2, padding: '72px 64px 60px 64px', background: p.paper, borderRadius: 12, gap: 40 })}>
        <div style={row({ justifyContent: 'space-between', alignItems: 'center' })}>
          <div style={row({ gap: 16, alignItems: 'center' })}>
            <div style={{ display: 'flex', width: 22, height: 22, background: p.accent, borderRadius: 22 }} />
            <Text size={30} color={p.ink} weight={700} style={{ letterSpacing: 8 }}>{m.kindLatin}</Text>
          </div>
          <Text size={28} color={p.muted} weight={700} style={{ letterSpacing: 3 }}>{`No. ${m.serial}`}</Text>
        </div>
        <Lines fit={title} color={p.ink} lineHeight={1.08} style={{ letterSpacing: -3 }} />
        {band ? <Cover src={m.image!} width={inner} height={band} radius={8} /> : <BigDate m={m} size={200} color={p.accent} sub={p.muted} />}
        {/* What is left of the sheet goes between the head and the details, so they sit low together. */}
        <div style={{ display: 'flex', flexGrow: 1 }} />
        <div style={col({ gap: 0 })}>
          <Rule m={m} width={inner} />
          <Table m={m} width={inner} size={36} rows={[[m.labels.date, [m.date, m.time].filter(Boolean).join(' ')], [m.labels.venue, m.venue], [m.labels.seat, m.seat], [m.labels.cast, m.cast], [m.labels.price, m.price]]} />
        </div>
        {m.review ? <ReviewQuote m={m} size={36} lines={band ? 3 : 5} width={inner} color={p.ink} /> : null}
        <div style={row({ justifyContent: 'space-between', alignItems: 'flex-end' })}>
          <div style={col({ gap: 18 })}>
            <Stars rating={m.rating} size={50} on={p.accent} off={p.starOff} gap={8} />
            <OwnerLine m={m} size={30} width={inner - 300} />
          </div>
          <Text size={24} color={p.muted} weight={700} style={{ letterSpacing: 1 }}>{m.labels.brand}</Text>
        </div>
      </div>
    </Backdrop>
  );
}

export function MinimalOg({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, margin] = [1200, 630, 28];
  const sheetW = W - margin * 2;
  const side = m.image ? 330 : 0;
  const inner = sheetW - 112 - (side ? side + 48 : 0);
  const title = fitText(m.title, inner, 3, [92, 80, 68, 58, 50, 44]);
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ padding: margin }}>
      <div style={row({ width: sheetW, height: H - margin * 2, padding: '44px 56px', background: p.paper, borderRadius: 10, gap: 48 })}>
        <div style={col({ width: inner, gap: 18 })}>
          <div style={row({ gap: 12, alignItems: 'center' })}>
            <div style={{ display: 'flex', width: 16, height: 16, background: p.accent, borderRadius: 16 }} />
            <Text size={24} color={p.ink} weight={700} style={{ letterSpacing: 6 }}>{m.kindLatin}</Text>
          </div>
          <Lines fit={title} color={p.ink} lineHeight={1.06} style={{ letterSpacing: -2 }} />
          <div style={{ display: 'flex', flexGrow: 1 }} />
          <Rule m={m} width={inner} />
          <Lines fit={fitText([m.date, m.time, m.venue].filter(Boolean).join(' · '), inner, 1, [30, 26, 22])} color={p.ink} />
          <div style={row({ justifyContent: 'space-between', alignItems: 'center' })}>
            <Stars rating={m.rating} size={36} on={p.accent} off={p.starOff} gap={6} />
            <OwnerLine m={m} size={24} width={Math.min(360, inner - 240)} />
          </div>
        </div>
        {side ? <Cover src={m.image!} width={side} height={H - margin * 2 - 88} radius={8} style={{ border: `1px solid ${alpha(p.ink, 0.1)}` }} /> : null}
      </div>
    </Backdrop>
  );
}
