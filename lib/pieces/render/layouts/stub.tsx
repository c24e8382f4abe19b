// Stub: a cinema ticket. A coloured header (ADMIT ONE and the kind), the date in big
// numerals, and a stub with the seat printed large over a full-width barcode.
import { fitText } from '../text';
import { detailFields, type TicketModel } from '../model';
import { alpha, mix } from '../themes';
import { Backdrop, Barcode, col, Cover, Fields, Lift, Lines, Perforation, row, Stars, Text } from '../parts';
import { BigDate, Brand, OwnerLine, ReviewQuote } from './common';

export function StubStory({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, cardW, cardTop, cardH, headH, stubH, notch] = [1080, 1920, 880, 130, 1590, 250, 380, 72];
  const inner = cardW - 112;
  const thumb = m.image ? 170 : 0;
  const title = fitText(m.title, inner, 3, [112, 98, 86, 74, 64, 56]);
  const seat = fitText(m.seat ?? m.labels.noSeat, inner - 330, 2, [60, 52, 44, 38]);
  const behind = mix(p.bg[0], p.bg[1], (cardTop + cardH - stubH + notch / 2) / H);
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ alignItems: 'center', paddingTop: cardTop }}>
      <div style={col({ position: 'relative', width: cardW, height: cardH })}>
        <Lift width={cardW} height={cardH} radius={28} offset={18} color={alpha('#000000', 0.18)} />
        <div style={col({ position: 'relative', width: cardW, height: cardH, background: p.paper, borderRadius: 28 })}>
          <div style={row({ height: headH, flexShrink: 0, padding: '0 56px', alignItems: 'center', justifyContent: 'space-between', background: p.accent, borderTopLeftRadius: 28, borderTopRightRadius: 28 })}>
            <div style={col({ gap: 6, width: inner - thumb - 24 })}>
              <Text size={30} color={alpha(p.onAccent, 0.8)} weight={700} style={{ letterSpacing: 10 }}>{m.labels.admit}</Text>
              <Text size={92} color={p.onAccent} weight={700} style={{ lineHeight: 1, letterSpacing: 4 }}>{m.kindLatin}</Text>
            </div>
            {m.image ? <Cover src={m.image} width={thumb} height={thumb * 1.18} radius={14} style={{ border: `6px solid ${p.paper}` }} /> : null}
          </div>
          <div style={col({ flexGrow: 1, padding: '52px 56px 0 56px', gap: 34 })}>
            <Lines fit={title} color={p.ink} lineHeight={1.12} style={{ letterSpacing: -2 }} />
            <BigDate m={m} size={170} color={p.accent} sub={p.muted} />
            <div style={{ display: 'flex', height: 3, width: inner, background: p.line }} />
            <Fields fields={detailFields(m, ['venue', 'cast', 'price'])} width={inner} p={p} labelSize={26} valueSize={36} gapY={24} />
            {m.review ? <ReviewQuote m={m} size={32} lines={2} width={inner} /> : null}
          </div>
          <div style={row({ flexShrink: 0 })}>
            <Perforation length={cardW} notch={notch} behind={[behind, behind]} line={p.line} />
          </div>
          <div style={col({ height: stubH - notch, flexShrink: 0, padding: '8px 56px 44px 56px', justifyContent: 'space-between' })}>
            <div style={row({ justifyContent: 'space-between', alignItems: 'flex-start' })}>
              <div style={col({ gap: 4, width: inner - 330 })}>
                <Text size={26} color={p.muted} weight={700}>{m.labels.seat}</Text>
                <Lines fit={seat} color={p.ink} lineHeight={1.1} />
              </div>
              <div style={col({ gap: 14, alignItems: 'flex-end' })}>
                <Stars rating={m.rating} size={54} on={p.accent} off={p.starOff} gap={6} />
                <OwnerLine m={m} size={28} width={310} stacked />
              </div>
            </div>
            <div style={row({ alignItems: 'flex-end', justifyContent: 'space-between' })}>
              <Barcode seed={m.serial} width={inner - 200} height={72} color={p.ink} />
              <Text size={30} color={p.ink} weight={700} style={{ letterSpacing: 4 }}>{`No.${m.serial}`}</Text>
            </div>
          </div>
        </div>
      </div>
      <Brand m={m} size={30} style={{ marginTop: 70 }} />
    </Backdrop>
  );
}

export function StubOg({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, cardW, cardH, band, stubW, notch] = [1200, 630, 1120, 540, 96, 280, 44];
  const mainW = cardW - band - stubW - 88;
  const cardTop = (H - cardH) / 2;
  const title = fitText(m.title, mainW, 2, [72, 64, 56, 48, 42]);
  const seat = fitText(m.seat ?? m.labels.noSeat, stubW - notch - 40, 2, [44, 38, 32, 26, 22]);
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ alignItems: 'center', justifyContent: 'center' }}>
      <div style={col({ position: 'relative', width: cardW, height: cardH })}>
        <Lift width={cardW} height={cardH} radius={24} offset={12} color={alpha('#000000', 0.18)} />
        <div style={row({ position: 'relative', width: cardW, height: cardH, background: p.paper, borderRadius: 24 })}>
          <div style={col({ width: band, height: cardH, background: p.accent, borderTopLeftRadius: 24, borderBottomLeftRadius: 24, alignItems: 'center', justifyContent: 'center' })}>
            <Text size={30} color={p.onAccent} weight={700} style={{ letterSpacing: 10, transform: 'rotate(-90deg)', whiteSpace: 'nowrap' }}>{m.labels.admit}</Text>
          </div>
          <div style={col({ width: mainW + 88, padding: '40px 44px', gap: 16 })}>
            <Text size={26} color={p.accent} weight={700} style={{ letterSpacing: 6 }}>{`${m.kindLatin} · ${m.kind}`}</Text>
            <Lines fit={title} color={p.ink} lineHeight={1.1} style={{ letterSpacing: -1 }} />
            {m.review ? <ReviewQuote m={m} size={22} lines={2} width={mainW} /> : null}
            <div style={{ display: 'flex', flexGrow: 1 }} />
            <BigDate m={m} size={108} color={p.accent} sub={p.muted} />
            {m.venue ? <Lines fit={fitText(m.venue, mainW, 1, [30, 26, 22])} color={p.ink} /> : null}
          </div>
          <Perforation length={cardH} notch={notch} behind={[mix(p.bg[0], p.bg[1], cardTop / H), mix(p.bg[0], p.bg[1], (cardTop + cardH) / H)]} line={p.line} vertical />
          <div style={col({ width: stubW - notch, padding: '40px 32px 40px 8px', justifyContent: 'space-between' })}>
            <div style={col({ gap: 6 })}>
              <Text size={20} color={p.muted} weight={700}>{m.labels.seat}</Text>
              <Lines fit={seat} color={p.ink} lineHeight={1.1} />
            </div>
            <Stars rating={m.rating} size={36} on={p.accent} off={p.starOff} gap={4} />
            <OwnerLine m={m} size={22} width={stubW - notch - 40} stacked />
            <Barcode seed={m.serial} width={stubW - notch - 40} height={60} color={p.ink} />
          </div>
        </div>
      </div>
    </Backdrop>
  );
}
