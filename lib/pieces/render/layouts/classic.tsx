// Classic: a paper ticket with the poster or photo on top, the details in the middle and
// a torn-off stub (stars, owner, barcode) below the perforation.
import { fitText } from '../text';
import { detailFields, type TicketModel } from '../model';
import { alpha, mix } from '../themes';
import { Backdrop, Barcode, col, Fields, Lift, Lines, Perforation, row, Stars, Text } from '../parts';
import { Artwork, Brand, corners, OwnerLine, ReviewQuote } from './common';

export function ClassicStory({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, cardW, cardTop, cardH, stubH, notch] = [1080, 1920, 900, 110, 1610, 250, 64];
  const inner = cardW - 112;
  const title = fitText(m.title, inner, 3, [104, 92, 80, 70, 62, 54]);
  const behind = mix(p.bg[0], p.bg[1], (cardTop + cardH - stubH - notch / 2) / H);
  // A long title takes its room from the picture, not from the stub.
  const artH = 560 - (title.lines.length - 1) * 60 - (m.review ? 0 : -40);
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ alignItems: 'center', paddingTop: cardTop }}>
      <div style={col({ position: 'relative', width: cardW, height: cardH })}>
        <Lift width={cardW} height={cardH} radius={44} offset={18} color={alpha('#000000', 0.16)} />
        <div style={col({ position: 'relative', width: cardW, height: cardH, background: p.paper, borderRadius: 44 })}>
          <Artwork m={m} width={cardW} height={Math.min(600, artH)} round={corners(44, 44, 0, 0)} />
          <div style={col({ flexGrow: 1, padding: '48px 56px 0 56px', gap: 28 })}>
            <div style={row({ justifyContent: 'space-between', alignItems: 'center' })}>
              <Text size={30} color={p.onAccent} weight={700} style={{ background: p.accent, padding: '8px 22px', borderRadius: 40 }}>{m.kind}</Text>
              <Text size={28} color={p.muted} weight={700} style={{ letterSpacing: 3 }}>{`No. ${m.serial}`}</Text>
            </div>
            <Lines fit={title} color={p.ink} style={{ letterSpacing: -1 }} />
            <Fields fields={detailFields(m, ['date', 'time', 'venue', 'seat', 'price'])} width={inner} p={p} labelSize={26} valueSize={38} gapY={26} />
            {m.review ? <ReviewQuote m={m} size={34} lines={2} width={inner} /> : null}
          </div>
          <div style={row({ flexShrink: 0 })}>
            <Perforation length={cardW} notch={notch} behind={[behind, behind]} line={p.line} />
          </div>
          <div style={row({ height: stubH - notch, flexShrink: 0, padding: '0 56px 44px 56px', justifyContent: 'space-between', alignItems: 'flex-end' })}>
            <div style={col({ gap: 22 })}>
              <Stars rating={m.rating} size={58} on={p.accent} off={p.starOff} gap={8} />
              <OwnerLine m={m} size={32} width={inner - 290} />
            </div>
            <div style={col({ alignItems: 'flex-end', gap: 10 })}>
              <Barcode seed={m.serial} width={250} height={96} color={p.ink} />
              <Text size={22} color={p.muted} weight={700} style={{ letterSpacing: 6 }}>{m.labels.admit}</Text>
            </div>
          </div>
        </div>
      </div>
      <Brand m={m} size={30} style={{ marginTop: 64 }} />
    </Backdrop>
  );
}

export function ClassicOg({ m }: { m: TicketModel }) {
  const { p } = m;
  const [W, H, cardW, cardH, artW, stubW, notch] = [1200, 630, 1120, 540, 340, 250, 44];
  const bodyW = cardW - artW - stubW - 96;
  const title = fitText(m.title, bodyW, 2, [68, 60, 52, 46, 40]);
  const seat = fitText(m.seat ?? m.labels.noSeat, stubW - notch - 36, 2, [34, 30, 26, 22]);
  const cardTop = (H - cardH) / 2;
  return (
    <Backdrop p={p} art={m.art} width={W} height={H} style={{ alignItems: 'center', justifyContent: 'center' }}>
      <div style={col({ position: 'relative', width: cardW, height: cardH })}>
        <Lift width={cardW} height={cardH} radius={32} offset={12} color={alpha('#000000', 0.16)} />
        <div style={row({ position: 'relative', width: cardW, height: cardH, background: p.paper, borderRadius: 32 })}>
          <Artwork m={m} width={artW} height={cardH} compact round={corners(32, 0, 0, 32)} />
          <div style={col({ width: bodyW + 96, padding: '40px 48px', gap: 18 })}>
            <div style={row({ gap: 16, alignItems: 'center' })}>
              <Text size={24} color={p.onAccent} weight={700} style={{ background: p.accent, padding: '6px 18px', borderRadius: 30 }}>{m.kind}</Text>
              <Text size={22} color={p.muted} weight={700} style={{ letterSpacing: 3 }}>{`No. ${m.serial}`}</Text>
            </div>
            <Lines fit={title} color={p.ink} lineHeight={1.15} style={{ letterSpacing: -1 }} />
            {m.review ? <ReviewQuote m={m} size={22} lines={2} width={bodyW} /> : null}
            <div style={{ display: 'flex', flexGrow: 1 }} />
            <Fields fields={detailFields(m, ['when', 'venue'])} width={bodyW} p={p} labelSize={20} valueSize={28} gapY={14} />
          </div>
          <Perforation length={cardH} notch={notch} behind={[mix(p.bg[0], p.bg[1], cardTop / H), mix(p.bg[0], p.bg[1], (cardTop + cardH) / H)]} line={p.line} vertical />
          <div style={col({ width: stubW - notch, padding: '40px 28px 40px 8px', justifyContent: 'space-between' })}>
            <div style={col({ gap: 8 })}>
              <Text size={20} color={p.muted} weight={700}>{m.labels.seat}</Text>
              <Lines fit={seat} color={p.ink} lineHeight={1.15} />
            </div>
            <Stars rating={m.rating} size={32} on={p.accent} off={p.starOff} gap={4} />
            <OwnerLine m={m} size={22} width={stubW - notch - 36} stacked />
            <Barcode seed={m.serial} width={stubW - notch - 36} height={56} color={p.ink} />
          </div>
        </div>
      </div>
    </Backdrop>
  );
}
