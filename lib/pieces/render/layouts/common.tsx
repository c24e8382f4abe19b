// Blocks more than one layout prints: the picture panel, the owner's line, the quoted
// review and the small brand line.
import type { CSSProperties } from 'react';
import type { TicketModel } from '../model';
import { alpha, mix } from '../themes';
import { col, Cover, Lines, row, Text } from '../parts';
import { fitText } from '../text';

export type Corners = Pick<CSSProperties, 'borderTopLeftRadius' | 'borderTopRightRadius' | 'borderBottomLeftRadius' | 'borderBottomRightRadius'>;
export const corners = (tl: number, tr: number, br: number, bl: number): Corners => ({ borderTopLeftRadius: tl, borderTopRightRadius: tr, borderBottomRightRadius: br, borderBottomLeftRadius: bl });

/**
 * The poster or photo, whole (contain) over a blurred copy of itself, so a portrait
 * poster and a landscape photo both fill the panel. The blur is a tiny copy drawn large
 * (both renderers smooth it; a blur filter costs seconds in librsvg); without the tiny
 * copy, the picture itself under a veil. Without a picture: the theme's colour with the
 * date and the kind written large.
 */
export function Artwork({ m, width, height, compact = false, round = {} }: { m: TicketModel; width: number; height: number; compact?: boolean; round?: Corners }) {
  const { p } = m;
  const box: CSSProperties = { position: 'relative', width, height, flexShrink: 0, ...round };
  if (m.image) {
    const pad = compact ? 28 : 40;
    return (
      <div style={col({ ...box, alignItems: 'center', justifyContent: 'center', background: p.ink })}>
        <Cover src={m.imageSmall ?? m.image} width={width} height={height} style={{ position: 'absolute', left: 0, top: 0, ...round }} />
        <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, width, height, background: alpha('#000000', m.imageSmall ? 0.25 : 0.55), ...round }} />
        <Cover src={m.image} width={width - pad * 2} height={height - pad * 2} style={{ position: 'relative', objectFit: 'contain' }} />
      </div>
    );
  }
  return (
    <div style={col({ ...box, justifyContent: 'space-between', padding: compact ? 28 : 44, background: `linear-gradient(135deg, ${p.accent} 0%, ${mix(p.accent, p.ink, 0.3)} 100%)` })}>
      <div style={{ display: 'flex', position: 'absolute', right: compact ? 20 : 40, top: compact ? 24 : 40, width: height * 0.5, height: height * 0.5, borderRadius: height, border: `${compact ? 14 : 22}px solid ${alpha(p.onAccent, 0.12)}` }} />
      <Text size={compact ? 22 : 30} color={alpha(p.onAccent, 0.85)} weight={700} style={{ letterSpacing: 6 }}>{m.labels.admit}</Text>
      <div style={col({ gap: 4 })}>
        <Text size={compact ? 96 : 150} color={alpha(p.onAccent, 0.95)} weight={700} style={{ lineHeight: 1, letterSpacing: -4 }}>{`${m.dateParts.month}.${m.dateParts.day}`}</Text>
        <Text size={compact ? 40 : 56} color={alpha(p.onAccent, 0.35)} weight={700} style={{ lineHeight: 1, letterSpacing: compact ? 4 : 10 }}>{m.kindLatin}</Text>
      </div>
    </div>
  );
}

/** "포도알 · 회전문 관객": the owner's name and the title they wear, as a chip, within `width`. */
export function OwnerLine({ m, size, width, color, stacked = false }: { m: TicketModel; size: number; width: number; color?: string; stacked?: boolean }) {
  const { p } = m;
  const chip = Math.round(size * 0.72);
  const pad = Math.round(size * 0.45);
  const nameW = m.ownerTitle && !stacked ? width * 0.55 : width;
  const name = fitText(m.owner, nameW, 1, [size, Math.round(size * 0.86), Math.round(size * 0.74)]);
  const title = m.ownerTitle ? fitText(m.ownerTitle, (stacked ? width : width - nameW - 12) - pad * 2 - 4, 1, [chip, Math.round(chip * 0.86)]) : null;
  return (
    <div style={stacked ? col({ gap: 8, alignItems: 'flex-start', width }) : row({ gap: 12, alignItems: 'center', width })}>
      <Lines fit={name} color={color ?? p.ink} lineHeight={1.2} />
      {title ? <Lines fit={title} color={p.accent} lineHeight={1.2} style={{ border: `2px solid ${p.accent}`, borderRadius: size, padding: `${Math.round(size * 0.12)}px ${pad}px` }} /> : null}
    </div>
  );
}

/** The review between quote marks. */
export function ReviewQuote({ m, size, lines, width, color }: { m: TicketModel; size: number; lines: number; width: number; color?: string }) {
  const { p } = m;
  return (
    <div style={row({ width, gap: size * 0.4 })}>
      <Text size={size * 2.2} color={p.accent} weight={700} style={{ lineHeight: 1, marginTop: -size * 0.15 }}>“</Text>
      <Lines fit={fitText(m.review ?? '', width - size * 1.6, lines, [size])} color={color ?? p.muted} weight={400} lineHeight={1.45} />
    </div>
  );
}

export function Brand({ m, size, style }: { m: TicketModel; size: number; style?: CSSProperties }) {
  return (
    <Text size={size} color={alpha(m.p.onBg, 0.8)} weight={700} style={{ letterSpacing: 2, ...style }}>
      {m.labels.brand}
    </Text>
  );
}

/** The month and day in big numerals, the year and the weekday and time beside them. */
export function BigDate({ m, size, color, sub }: { m: TicketModel; size: number; color: string; sub: string }) {
  return (
    <div style={row({ alignItems: 'flex-end', gap: size * 0.16 })}>
      <Text size={size} color={color} weight={700} style={{ lineHeight: 0.9, letterSpacing: -size * 0.04 }}>{`${m.dateParts.month}.${m.dateParts.day}`}</Text>
      <div style={col({ gap: 2, paddingBottom: size * 0.04 })}>
        <Text size={size * 0.2} color={sub} weight={700}>{m.dateParts.year}</Text>
        <Text size={size * 0.2} color={sub} weight={700}>{[m.weekday, m.time].filter(Boolean).join(' ')}</Text>
      </div>
    </div>
  );
}
