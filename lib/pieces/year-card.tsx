// The year-in-review card drawn like a ticket (satori: flexbox and inline styles only;
// every text in the bundled font). Two sizes: a 1080×1920 story to save to the phone and
// a 1200×630 link preview whose key content stays inside the centre 800×400, which is
// what KakaoTalk keeps when it crops a preview to 2:1.
import type { CSSProperties, ReactNode } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { CardSize } from './stats-schemas';
import { clip, type YearCard } from './year-card-data';

const C = { bg: '#4c2c77', paper: '#fffdf9', ink: '#1f1630', muted: '#6b5f7a', g100: '#ece3f9', g200: '#d9c7f2', g300: '#bd9ee7', g500: '#8a5cc9', g600: '#7444b4', g700: '#5f3695' };
// Satori sizes boxes content-box unless told: padding would add to every fixed width.
const row: CSSProperties = { display: 'flex', flexDirection: 'row', alignItems: 'center', boxSizing: 'border-box' };
const col: CSSProperties = { display: 'flex', flexDirection: 'column', boxSizing: 'border-box' };

/**
 * Deterministic stripe widths for the decorative barcode (same card, same stripes).
 * Solid colours only: an `opacity` per stripe (or a clipping container) made librsvg
 * composite a full-size layer per stripe (18 s for the story card instead of 0.5 s).
 */
function stripes(seed: number, n: number): number[] {
  let x = seed % 2147483647 || 7;
  return Array.from({ length: n }, () => {
    x = (x * 48271) % 2147483647;
    return 2 + (x % 4) * 2;
  });
}

function Barcode({ seed, vertical, length, thickness }: { seed: number; vertical?: boolean; length: number; thickness: number }) {
  // As many stripes as fit (no overflow clipping: a clip path is slow to rasterise too).
  const bars: number[] = [];
  for (const w of stripes(seed, Math.floor(length / 8))) {
    if (bars.reduce((a, b) => a + b + 6, w) > length) break;
    bars.push(w);
  }
  return (
    <div style={{ ...(vertical ? col : row), [vertical ? 'height' : 'width']: length, [vertical ? 'width' : 'height']: thickness, gap: 6 }}>
      {bars.map((w, i) => (
        <div key={i} style={{ [vertical ? 'height' : 'width']: w, [vertical ? 'width' : 'height']: '100%', background: i % 5 === 0 ? C.g300 : C.ink }} />
      ))}
    </div>
  );
}

/** A perforated tear line with a half-circle notch at each end (the background shows through). */
function Perforation({ vertical, notch }: { vertical?: boolean; notch: number }) {
  const hole: CSSProperties = { width: notch, height: notch, borderRadius: notch, background: C.bg, flexShrink: 0 };
  const edge = -notch / 2;
  return (
    <div style={{ ...(vertical ? col : row), alignItems: 'center', [vertical ? 'width' : 'height']: notch }}>
      <div style={{ ...hole, [vertical ? 'marginTop' : 'marginLeft']: edge }} />
      <div style={{ flexGrow: 1, [vertical ? 'height' : 'width']: 10, [vertical ? 'borderLeft' : 'borderTop']: `4px dashed ${C.g200}` }} />
      <div style={{ ...hole, [vertical ? 'marginBottom' : 'marginRight']: edge }} />
    </div>
  );
}

function texts(card: YearCard) {
  const t = translator(card.locale);
  const num = new Intl.NumberFormat(card.locale === 'ko' ? 'ko-KR' : 'en-US');
  const kindLine = card.kinds.slice(0, 3).map((k) => t('titles.card.kindCount', { kind: t(`titles.kinds.${k.kind}`), count: num.format(k.count) })).join(' · ');
  const none = t('titles.card.none');
  return {
    t, num, kindLine,
    topKind: card.kinds[0] ? t(`titles.kinds.${card.kinds[0].kind}`) : none,
    venue: card.topVenue?.name ?? none,
    // At most two lines of the card's width.
    cast: clip(card.topCast.map((c) => c.name).join(', '), 34) || none,
    average: card.average === null ? none : `${card.average.toFixed(card.average % 0.5 === 0 ? 1 : 2)} / 5`,
  };
}

function NameLine({ card, size }: { card: YearCard; size: number }) {
  return (
    <div style={{ ...row, gap: size * 0.4, flexWrap: 'wrap' }}>
      <div style={{ fontSize: size, fontWeight: 700, color: C.ink }}>{card.name}</div>
      {card.wornTitle && (
        <div style={{ fontSize: size * 0.6, fontWeight: 700, color: C.g700, background: C.g100, borderRadius: 999, padding: `${size * 0.12}px ${size * 0.4}px` }}>{card.wornTitle}</div>
      )}
    </div>
  );
}

function Fact({ label, value, width }: { label: string; value: string; width: number }) {
  return (
    <div style={{ ...col, width, gap: 8 }}>
      <div style={{ fontSize: 28, color: C.muted }}>{label}</div>
      <div style={{ fontSize: 42, fontWeight: 700, color: C.ink, lineHeight: 1.2 }}>{value}</div>
    </div>
  );
}

function Months({ card }: { card: YearCard }) {
  const max = Math.max(1, ...card.months);
  return (
    <div style={{ ...row, alignItems: 'flex-end', justifyContent: 'space-between', height: 210 }}>
      {card.months.map((n, i) => (
        <div key={i} style={{ ...col, alignItems: 'center', gap: 10, width: 56 }}>
          <div style={{ fontSize: 24, color: C.muted, height: 28 }}>{n ? String(n) : ''}</div>
          <div style={{ width: 40, height: Math.max(8, Math.round((n / max) * 130)), borderRadius: 12, background: n ? C.g500 : C.g100 }} />
          <div style={{ fontSize: 24, color: C.muted }}>{String(i + 1)}</div>
        </div>
      ))}
    </div>
  );
}

function Story({ card }: { card: YearCard }) {
  const { t, num, kindLine, topKind, venue, cast, average } = texts(card);
  return (
    <div style={{ ...col, width: '100%', height: '100%', background: C.bg, padding: '90px 70px', fontFamily: 'Pretendard' }}>
      <div style={{ ...col, flexGrow: 1, background: C.paper, borderRadius: 48 }}>
        <div style={{ ...col, padding: '64px 72px 36px', gap: 24 }}>
          <div style={{ ...row, justifyContent: 'space-between' }}>
            <div style={{ fontSize: 36, fontWeight: 700, color: C.g600 }}>{t('titles.card.brand')}</div>
            <div style={{ fontSize: 26, letterSpacing: 6, color: C.muted }}>{t('titles.card.admit')}</div>
          </div>
          <div style={{ fontSize: 210, fontWeight: 700, color: C.g700, lineHeight: 1, letterSpacing: -8 }}>{String(card.year)}</div>
          <NameLine card={card} size={56} />
          <div style={{ ...row, alignItems: 'flex-end', gap: 20, marginTop: 12 }}>
            <div style={{ fontSize: 140, fontWeight: 700, color: C.ink, lineHeight: 1 }}>{num.format(card.total)}</div>
            <div style={{ fontSize: 48, fontWeight: 700, color: C.ink, paddingBottom: 16 }}>{t('titles.card.piecesUnit')}</div>
          </div>
          <div style={{ fontSize: 36, color: C.muted }}>{kindLine || t('titles.card.none')}</div>
        </div>
        <Perforation notch={64} />
        <div style={{ ...col, padding: '36px 72px', gap: 36 }}>
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <Fact label={t('titles.card.topKind')} value={topKind} width={396} />
            <Fact label={t('titles.card.average')} value={average} width={396} />
          </div>
          <Fact label={t('titles.card.topVenue')} value={venue} width={792} />
          <Fact label={t('titles.card.topCast')} value={cast} width={792} />
          <div style={{ ...col, gap: 4 }}>
            <div style={{ fontSize: 28, color: C.muted }}>{t('titles.card.months')}</div>
            <Months card={card} />
          </div>
        </div>
        <div style={{ flexGrow: 1 }} />
        <Perforation notch={64} />
        <div style={{ ...row, padding: '32px 72px 44px', justifyContent: 'space-between' }}>
          <div style={{ ...col, gap: 10 }}>
            <div style={{ fontSize: 28, color: C.muted }}>{t('titles.card.titles')}</div>
            <div style={{ fontSize: 56, fontWeight: 700, color: C.g700 }}>{num.format(card.titles)}</div>
          </div>
          <Barcode seed={card.year * 7919 + card.total * 31 + card.titles} length={520} thickness={90} />
        </div>
      </div>
    </div>
  );
}

function Preview({ card }: { card: YearCard }) {
  const { t, num, kindLine } = texts(card);
  const seed = card.year * 7919 + card.total * 31 + card.titles;
  return (
    <div style={{ ...row, width: '100%', height: '100%', background: C.bg, padding: '35px 40px', fontFamily: 'Pretendard' }}>
      <div style={{ ...row, width: 1120, height: 560, background: C.paper, borderRadius: 36, alignItems: 'stretch' }}>
        <div style={{ ...col, width: 130, alignItems: 'center', justifyContent: 'center' }}>
          <Barcode seed={seed} vertical length={420} thickness={64} />
        </div>
        <Perforation vertical notch={30} />
        <div style={{ ...col, width: 800, padding: '70px 30px 70px 40px', justifyContent: 'space-between' }}>
          <div style={{ ...row, justifyContent: 'space-between' }}>
            <div style={{ fontSize: 30, fontWeight: 700, color: C.g600 }}>{t('titles.card.brand')}</div>
            <div style={{ fontSize: 22, letterSpacing: 5, color: C.muted }}>{t('titles.card.admit')}</div>
          </div>
          <div style={{ ...row, alignItems: 'flex-end', justifyContent: 'space-between' }}>
            <div style={{ fontSize: 150, fontWeight: 700, color: C.g700, lineHeight: 1, letterSpacing: -6 }}>{String(card.year)}</div>
            <div style={{ ...col, alignItems: 'flex-end' }}>
              <div style={{ fontSize: 110, fontWeight: 700, color: C.ink, lineHeight: 1 }}>{num.format(card.total)}</div>
              <div style={{ fontSize: 30, fontWeight: 700, color: C.ink }}>{t('titles.card.piecesUnit')}</div>
            </div>
          </div>
          <NameLine card={card} size={44} />
          <div style={{ fontSize: 28, color: C.muted }}>{kindLine || t('titles.card.none')}</div>
        </div>
        <Perforation vertical notch={30} />
        <div style={{ ...col, flexGrow: 1, alignItems: 'center', justifyContent: 'center', gap: 16 }}>
          {[0, 1, 2, 3].map((i) => (
            <div key={i} style={{ width: 56, height: 56, borderRadius: 56, background: i % 2 ? C.g300 : C.g500 }} />
          ))}
        </div>
      </div>
    </div>
  );
}

export function YearCardImage({ card, size }: { card: YearCard; size: CardSize }): ReactNode {
  return size === 'story' ? <Story card={card} /> : <Preview card={card} />;
}
