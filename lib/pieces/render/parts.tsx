// Pieces shared by the ticket layouts. Inline styles only, every box an explicit flex
// container, sizes in px: what satori draws and what a browser lays out agree.
// No `overflow: hidden` on boxes with much inside, and no blurred shadows: satori turns
// each into an SVG mask or filter that librsvg composites over the whole canvas, which
// made a story render take seconds instead of a tenth of one.
import type { CSSProperties, ReactNode } from 'react';
import { alpha, type Palette } from './themes';
import { starFills } from './data';
import { fitText, type FittedText } from './text';

export const FONT = 'Pretendard, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", system-ui, sans-serif';

// border-box everywhere: a width is the box's whole width in both renderers.
export const row = (style: CSSProperties = {}): CSSProperties => ({ display: 'flex', flexDirection: 'row', boxSizing: 'border-box', ...style });
export const col = (style: CSSProperties = {}): CSSProperties => ({ display: 'flex', flexDirection: 'column', boxSizing: 'border-box', ...style });

/** A short text in one box (labels, chips, numerals); longer text goes through fitText and Lines. */
export function Text({ children, size, color, weight = 400, style }: { children: ReactNode; size: number; color: string; weight?: 400 | 700; style?: CSSProperties }) {
  return <div style={{ display: 'flex', boxSizing: 'border-box', fontSize: size, color, fontWeight: weight, lineHeight: 1.25, whiteSpace: 'nowrap', ...style }}>{children}</div>;
}

/** Lines broken by fitText, one box each (no wrapping left to either renderer). */
export function Lines({ fit, color, weight = 700, lineHeight = 1.18, style }: { fit: FittedText; color: string; weight?: 400 | 700; lineHeight?: number; style?: CSSProperties }) {
  return (
    <div style={col({ ...style })}>
      {fit.lines.map((line, i) => (
        <div key={i} style={{ display: 'flex', fontSize: fit.size, color, fontWeight: weight, lineHeight, whiteSpace: 'nowrap', letterSpacing: style?.letterSpacing }}>{line}</div>
      ))}
    </div>
  );
}

const STAR = 'M12 1.6l3.09 6.26 6.91 1-5 4.87 1.18 6.88L12 17.36l-6.18 3.25L7 13.73 2 8.86l6.91-1z';

function Star({ size, fill }: { size: number; fill: [string, string] }) {
  // A half star is one path with a hard-stop gradient (no clipping box); the id names the
  // colours, so previews of two themes on one page do not borrow each other's gradient.
  const id = `half-${fill.join('-').replace(/[^a-z0-9-]/gi, '')}`;
  return (
    <svg width={size} height={size} viewBox="0 0 24 24">
      {fill[0] !== fill[1] ? (
        <defs>
          <linearGradient id={id} x1="0" y1="0" x2="1" y2="0">
            <stop offset="0.5" stopColor={fill[0]} />
            <stop offset="0.5" stopColor={fill[1]} />
          </linearGradient>
        </defs>
      ) : null}
      <path d={STAR} fill={fill[0] !== fill[1] ? `url(#${id})` : fill[0]} />
    </svg>
  );
}

/** Five stars, each full, half or empty. */
export function Stars({ rating, size, on, off, gap = 6 }: { rating: number | null; size: number; on: string; off: string; gap?: number }) {
  return (
    <div style={row({ gap })}>
      {starFills(rating).map((f, i) => (
        <Star key={i} size={size} fill={f === 2 ? [on, on] : f === 1 ? [on, off] : [off, off]} />
      ))}
    </div>
  );
}

/** Bars from the serial's characters: decoration that stays the same for one piece. */
export function Barcode({ seed, width, height, color }: { seed: string; width: number; height: number; color: string }) {
  const bars: number[] = [];
  for (let i = 0; bars.length < 44; i++) bars.push(1 + ((seed.charCodeAt(i % seed.length) * (i + 7)) % 4));
  const unit = width / bars.reduce((a, b) => a + b * 2, 0);
  return (
    <div style={row({ width, height, alignItems: 'stretch' })}>
      {bars.map((b, i) => (
        <div key={i} style={{ display: 'flex', width: b * unit, marginRight: b * unit, background: i % 5 === 2 ? 'transparent' : color }} />
      ))}
    </div>
  );
}

/** A picture filling its box (cover). */
export function Cover({ src, width, height, radius = 0, style }: { src: string; width: number; height: number; radius?: number; style?: CSSProperties }) {
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
  return <img src={src} alt="" width={width} height={height} style={{ width, height, objectFit: 'cover', borderRadius: radius, ...style }} />;
}

/** The page behind a ticket: the theme gradient, or the AI art under a veil of it. */
export function Backdrop({ p, art, width, height, children, style }: { p: Palette; art: string | null; width: number; height: number; children: ReactNode; style?: CSSProperties }) {
  return (
    <div style={{ ...col({ position: 'relative', width, height, fontFamily: FONT, background: `linear-gradient(180deg, ${p.bg[0]} 0%, ${p.bg[1]} 100%)` }) }}>
      {art ? <Cover src={art} width={width} height={height} style={{ position: 'absolute', left: 0, top: 0 }} /> : null}
      {art ? <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, width, height, background: `linear-gradient(180deg, ${alpha(p.bg[0], 0.25)} 0%, ${alpha(p.bg[1], 0.55)} 100%)` }} /> : null}
      <div style={col({ position: 'relative', width, height, ...style })}>{children}</div>
    </div>
  );
}

export interface Field {
  label: string;
  value: string;
  /** Takes a whole row. */
  wide?: boolean;
}

/** Labelled values, two to a row; a wide one (venue, cast) has its row to itself. */
export function Fields({ fields, width, p, labelSize, valueSize, gapY }: { fields: Field[]; width: number; p: Palette; labelSize: number; valueSize: number; gapY: number }) {
  const rows: Field[][] = [];
  for (const f of fields) {
    const last = rows[rows.length - 1];
    if (!f.wide && last && last.length === 1 && !last[0].wide) last.push(f);
    else rows.push([f]);
  }
  const half = (width - 32) / 2;
  return (
    <div style={col({ gap: gapY, width })}>
      {rows.map((r, i) => (
        <div key={i} style={row({ gap: 32 })}>
          {r.map((f) => (
            <div key={f.label} style={col({ width: f.wide ? width : half, gap: 6 })}>
              <Text size={labelSize} color={p.muted} weight={700} style={{ letterSpacing: 1 }}>{f.label}</Text>
              <Lines fit={fitText(f.value, f.wide ? width : half, f.wide ? 2 : 1, [valueSize, Math.round(valueSize * 0.86), Math.round(valueSize * 0.74)])} color={p.ink} lineHeight={1.25} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/** A flat, offset copy of a card's shape under it: a printed-paper shadow without a blur filter. */
export function Lift({ width, height, radius, offset, color }: { width: number; height: number; radius: number; offset: number; color: string }) {
  return <div style={{ display: 'flex', position: 'absolute', left: 0, top: offset, width, height, borderRadius: radius, background: color }} />;
}

/**
 * A dashed tear line with a half-round bite out of each edge, coloured like what is
 * behind the card there (half discs, so nothing needs clipping).
 */
export function Perforation({ length, notch, behind, line, vertical = false }: { length: number; notch: number; behind: [string, string]; line: string; vertical?: boolean }) {
  const r = notch / 2;
  const bite = (c: string, side: 'start' | 'end') => {
    const round = vertical
      ? side === 'start' ? { borderBottomLeftRadius: r, borderBottomRightRadius: r, width: notch, height: r } : { borderTopLeftRadius: r, borderTopRightRadius: r, width: notch, height: r }
      : side === 'start' ? { borderTopRightRadius: r, borderBottomRightRadius: r, width: r, height: notch } : { borderTopLeftRadius: r, borderBottomLeftRadius: r, width: r, height: notch };
    return <div style={{ display: 'flex', flexShrink: 0, background: c, ...round }} />;
  };
  if (vertical) {
    return (
      <div style={col({ width: notch, height: length, alignItems: 'center', justifyContent: 'space-between' })}>
        {bite(behind[0], 'start')}
        <div style={{ display: 'flex', width: 0, flexGrow: 1, margin: `${r * 0.4}px 0`, borderLeft: `4px dashed ${line}` }} />
        {bite(behind[1], 'end')}
      </div>
    );
  }
  return (
    <div style={row({ width: length, height: notch, alignItems: 'center', justifyContent: 'space-between' })}>
      {bite(behind[0], 'start')}
      <div style={{ display: 'flex', height: 0, flexGrow: 1, margin: `0 ${r * 0.4}px`, borderTop: `4px dashed ${line}` }} />
      {bite(behind[1], 'end')}
    </div>
  );
}
