// (satori adds padding to the width and height given, so each root takes its padding off.)
// Four ticket layouts drawn with satori: a paper box-office ticket with a stub, a mobile
// ticket screenshot, a thermal cinema ticket and a concert ticket whose seat is printed
// in labelled boxes. Each prints the truth (data.ts) in styles picked by the seeded rng.
import type { ReactElement } from 'react';
import { chance, pick, type Rng, type Ticket } from './data';
import { Barcode, Col, Qr, Row, Text, px, seatBoxes, type Look } from './looks';
import { KIND_WORD, SELLERS, bookedAt, bookingNo, endTime, finePrint, printDate, printPrice, printTime, won, type DateStyle } from './print';

export type LayoutName = 'paper' | 'mobile' | 'cinema' | 'concert';
export interface Drawn { element: ReactElement; width: number; height: number }

function Field({ label, value, look, size }: { label: string; value: string; look: Look; size: number }) {
  return (
    <Row style={{ marginTop: px(look, 14) }}>
      <Text size={px(look, size * 0.8)} color={look.theme.muted} style={{ width: px(look, size * 4.2) }}>{label}</Text>
      <Text size={px(look, size)} color={look.theme.fg} weight={look.bold ? 700 : 400}>{value}</Text>
    </Row>
  );
}

function paper(t: Ticket, r: Rng, look: Look, title: string): Drawn {
  const { theme } = look;
  const width = 1500;
  const height = 640;
  const date = printDate(t.date, pick(r, ['dot', 'dot', 'korean', 'dash'] as DateStyle[]));
  const time = printTime(t.time, pick(r, ['colon', 'colon', 'ampm']));
  const element = (
    <Row style={{ width, height, background: theme.bg, fontFamily: look.font, alignItems: 'stretch' }}>
      <Col style={{ flexGrow: 1, padding: px(look, 44), borderLeft: `18px solid ${theme.accent}` }}>
        <Row style={{ justifyContent: 'space-between' }}>
          <Text size={px(look, 22)} color={theme.muted}>{pick(r, SELLERS)}</Text>
          <Text size={px(look, 22)} color={theme.muted}>{`${KIND_WORD[t.kind]} · 입장권`}</Text>
        </Row>
        <Text size={px(look, 58)} color={theme.fg} weight={700} style={{ marginTop: px(look, 18), marginBottom: px(look, 10) }}>{title}</Text>
        <Field label="일시" value={`${date} ${time}`} look={look} size={30} />
        <Field label="장소" value={t.venue} look={look} size={30} />
        <Field label="좌석" value={t.seat} look={look} size={30} />
        <Field label="가격" value={printPrice(t, pick(r, ['won', 'grade', 'symbol']))} look={look} size={30} />
        <Text size={px(look, 18)} color={theme.muted} style={{ marginTop: 'auto' }}>{`예매번호 ${bookingNo(r)}   ${finePrint(r, 1)[0]}`}</Text>
      </Col>
      <Col style={{ width: 330, padding: 28, borderLeft: `4px dashed ${theme.muted}`, background: theme.panel, justifyContent: 'space-between' }}>
        <Text size={22} color={theme.fg} weight={700}>{t.title}</Text>
        <Text size={20} color={theme.fg}>{`${printDate(t.date, 'dot')} ${t.time}`}</Text>
        <Text size={20} color={theme.fg}>{t.seat}</Text>
        <Barcode r={r} width={270} height={150} color={theme.fg} />
      </Col>
    </Row>
  );
  return { element, width, height };
}

function mobile(t: Ticket, r: Rng, look: Look, title: string): Drawn {
  const { theme } = look;
  const width = 1080;
  const height = 2100;
  const fee = chance(r, 0.5) ? 1000 : 2000;
  const line = (label: string, value: string, strong = false) => (
    <Row style={{ width: 960, justifyContent: 'space-between', paddingTop: px(look, 22), paddingBottom: px(look, 22), borderBottom: `2px solid ${theme.panel}` }}>
      <Text size={px(look, 34)} color={theme.muted}>{label}</Text>
      <Text size={px(look, strong ? 40 : 36)} color={theme.fg} weight={strong || look.bold ? 700 : 400}>{value}</Text>
    </Row>
  );
  const element = (
    <Col style={{ width: width - 120, height, background: theme.bg, fontFamily: look.font, paddingLeft: 60, paddingRight: 60 }}>
      <Row style={{ width: 960, justifyContent: 'space-between', paddingTop: 24 }}>
        <Text size={34} color={theme.fg} weight={700}>{`${pick(r, [9, 10, 21, 22])}:${pick(r, ['07', '41', '58'])}`}</Text>
        <Text size={30} color={theme.fg}>{`LTE ${pick(r, [38, 72, 95])}%`}</Text>
      </Row>
      <Text size={44} color={theme.fg} weight={700} style={{ marginTop: 40 }}>모바일 티켓</Text>
      <Row style={{ marginTop: 50, alignItems: 'flex-start' }}>
        <div style={{ display: 'flex', width: 250, height: 350, background: theme.accent, borderRadius: 16 }} />
        <Col style={{ marginLeft: 40, width: 660 }}>
          <Text size={px(look, 30)} color={theme.accent}>{`${KIND_WORD[t.kind]} · ${pick(r, ['8세 이상', '전체관람가', '12세 이상', '15세 관람가'])}`}</Text>
          <Text size={px(look, 60)} color={theme.fg} weight={700} style={{ marginTop: 16 }}>{title}</Text>
        </Col>
      </Row>
      <Col style={{ marginTop: 50 }}>
        {line('관람일시', `${printDate(t.date, pick(r, ['dot', 'slash', 'short'] as DateStyle[]))} ${printTime(t.time, 'colon')}`, true)}
        {line('공연장', t.venue)}
        {line('좌석', t.seat, true)}
        {line('티켓금액', printPrice(t, pick(r, ['won', 'grade'])))}
        {chance(r, 0.6) ? line('예매수수료', `${won(fee)}원`) : null}
        {chance(r, 0.5) ? line('예매일시', bookedAt(t, r)) : null}
      </Col>
      <Row style={{ justifyContent: 'center', marginTop: 50 }}><Qr r={r} size={360} color="#111111" bg="#ffffff" /></Row>
      <Text size={30} color={theme.muted} style={{ marginTop: 24, justifyContent: 'center' }}>{`예매번호 ${bookingNo(r)}`}</Text>
    </Col>
  );
  return { element, width, height };
}

function cinema(t: Ticket, r: Rng, look: Look): Drawn {
  const ink = '#202020';
  const width = 720;
  const height = 1240;
  const brand = t.venue.split(' ')[0];
  const element = (
    <Col style={{ width: width - 96, height: height - 96, background: '#fbfaf6', fontFamily: look.font, padding: 48 }}>
      <Text size={44} color={ink} weight={700}>{brand}</Text>
      <Text size={24} color={ink} style={{ marginTop: 8 }}>{pick(r, ['입장권', '영화 관람권', 'MOVIE TICKET'])}</Text>
      <div style={{ display: 'flex', borderTop: `3px dashed ${ink}`, marginTop: 24, marginBottom: 24 }} />
      <Text size={px(look, 50)} color={ink} weight={700}>{t.title}</Text>
      <Text size={26} color={ink} style={{ marginTop: 10 }}>{`${pick(r, ['2D', '2D 자막', '2D 더빙', 'IMAX 2D', '4DX 2D'])} · ${pick(r, ['12세이상관람가', '15세이상관람가', '전체관람가'])}`}</Text>
      <Text size={px(look, 34)} color={ink} style={{ marginTop: 30 }}>{printDate(t.date, pick(r, ['dot', 'short', 'slash'] as DateStyle[]))}</Text>
      <Text size={px(look, 40)} color={ink} weight={700} style={{ marginTop: 8 }}>{`${t.time} ~ ${endTime(t.time, r)}`}</Text>
      <Text size={px(look, 32)} color={ink} style={{ marginTop: 24 }}>{t.venue}</Text>
      <Text size={px(look, 44)} color={ink} weight={700} style={{ marginTop: 12 }}>{t.seat}</Text>
      <Text size={px(look, 32)} color={ink} style={{ marginTop: 24 }}>{printPrice(t, 'grade')}</Text>
      <div style={{ display: 'flex', borderTop: `3px dashed ${ink}`, marginTop: 24, marginBottom: 20 }} />
      <Text size={22} color={ink}>{finePrint(r, 1)[0]}</Text>
      <Text size={22} color={ink} style={{ marginTop: 6 }}>{`발권 ${bookedAt(t, r)}`}</Text>
      <Row style={{ marginTop: 'auto', justifyContent: 'center' }}><Barcode r={r} width={560} height={120} color={ink} /></Row>
    </Col>
  );
  return { element, width, height };
}

function concert(t: Ticket, r: Rng, look: Look, title: string): Drawn {
  const { theme } = look;
  const width = 1600;
  const height = 700;
  const boxes = seatBoxes(t.seat);
  const element = (
    <Col style={{ width: width - 2 * px(look, 50), height: height - 2 * px(look, 50), background: theme.bg, fontFamily: look.font, padding: px(look, 50) }}>
      <Row style={{ justifyContent: 'space-between' }}>
        <Text size={24} color={theme.accent} weight={700}>{pick(r, ['CONCERT TICKET', '공연 입장권', 'LIVE'])}</Text>
        <Text size={22} color={theme.muted}>{`No. ${bookingNo(r)}`}</Text>
      </Row>
      <Text size={px(look, 60)} color={theme.fg} weight={700} style={{ marginTop: px(look, 20) }}>{title}</Text>
      <Text size={px(look, 32)} color={theme.fg} style={{ marginTop: px(look, 18) }}>{`${printDate(t.date, pick(r, ['korean', 'dot'] as DateStyle[]))} ${printTime(t.time, pick(r, ['ampm', 'colon', 'hangul']))}`}</Text>
      <Text size={px(look, 32)} color={theme.fg} style={{ marginTop: px(look, 8) }}>{t.venue}</Text>
      <Row style={{ marginTop: px(look, 36) }}>
        {boxes.map((b, i) => (
          <Col key={i} style={{ alignItems: 'center', minWidth: 150, padding: '14px 26px', marginRight: 18, border: `3px solid ${theme.accent}`, borderRadius: 12 }}>
            <Text size={24} color={theme.muted}>{b.label}</Text>
            <Text size={px(look, 48)} color={theme.fg} weight={700} style={{ marginTop: 6 }}>{b.value}</Text>
          </Col>
        ))}
      </Row>
      <Row style={{ marginTop: 'auto', justifyContent: 'space-between', alignItems: 'flex-end' }}>
        <Text size={px(look, 34)} color={theme.fg} weight={700}>{printPrice(t, pick(r, ['symbol', 'won', 'spaced']))}</Text>
        <Barcode r={r} width={420} height={90} color={theme.fg} />
      </Row>
    </Col>
  );
  return { element, width, height };
}

export function draw(layout: LayoutName, t: Ticket, r: Rng, look: Look, title: string): Drawn {
  if (layout === 'paper') return paper(t, r, look, title);
  if (layout === 'mobile') return mobile(t, r, look, title);
  if (layout === 'cinema') return cinema(t, r, look);
  return concert(t, r, look, title);
}
