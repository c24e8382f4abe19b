import { describe, expect, it } from 'vitest';
import { forecastUrl, KmaError, parseForecast, pickSlot } from './kma';
import { currentSlot, latestRun } from './base-time';

// The shape KMA answers with (dataType=JSON), trimmed to a few categories.
const item = (category: string, fcstDate: string, fcstTime: string, fcstValue: string) => ({
  baseDate: '20261205', baseTime: '2300', category, fcstDate, fcstTime, fcstValue, nx: 60, ny: 127,
});
const answer = (items: unknown) => JSON.stringify({
  response: {
    header: { resultCode: '00', resultMsg: 'NORMAL_SERVICE' },
    body: { dataType: 'JSON', items: { item: items }, pageNo: 1, numOfRows: 100, totalCount: 290 },
  },
});

describe('parseForecast', () => {
  it('groups categories into hourly slots with codes decoded', () => {
    const slots = parseForecast(answer([
      item('TMP', '20261206', '0000', '-3'), item('SKY', '20261206', '0000', '4'), item('PTY', '20261206', '0000', '3'),
      item('POP', '20261206', '0000', '60'), item('PCP', '20261206', '0000', '강수없음'), item('SNO', '20261206', '0000', '1cm 미만'),
      item('TMP', '20261206', '0100', '-4'), item('SKY', '20261206', '0100', '1'), item('PTY', '20261206', '0100', '0'),
    ]));
    expect(slots.get('202612060000')).toEqual({ slot: '202612060000', sky: 'cloudy', precip: 'snow', temp: -3, pop: 60 });
    expect(slots.get('202612060100')).toMatchObject({ sky: 'clear', precip: 'none', temp: -4, pop: null });
  });
  it('takes a single item given as an object, and an empty page', () => {
    expect(parseForecast(answer(item('TMP', '20261206', '0000', '7'))).get('202612060000')?.temp).toBe(7);
    const empty = JSON.stringify({ response: { header: { resultCode: '00', resultMsg: 'NORMAL_SERVICE' }, body: { items: { item: [] } } } });
    expect(parseForecast(empty).size).toBe(0);
  });
  it('throws on error answers: a result code, the XML key error, a strange shape', () => {
    const noData = JSON.stringify({ response: { header: { resultCode: '03', resultMsg: 'NO_DATA' } } });
    expect(() => parseForecast(noData)).toThrow(/03 NO_DATA/);
    const xml = '<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>';
    expect(() => parseForecast(xml)).toThrow(KmaError);
    expect(() => parseForecast(xml)).toThrow(/SERVICE_KEY_IS_NOT_REGISTERED_ERROR/);
    expect(() => parseForecast('{"hello":1}')).toThrow(KmaError);
  });
});

describe('at 00:30 KST', () => {
  it("asks for yesterday's 23:00 run and shows its first slot (no after-02:00 assumption)", () => {
    const at = new Date('2026-12-06T00:30:00+09:00');
    const run = latestRun(at);
    expect(run).toEqual({ baseDate: '20261205', baseTime: '2300' });
    const slots = parseForecast(answer([item('TMP', '20261206', '0000', '1'), item('TMP', '20261206', '0100', '0')]));
    expect(pickSlot(slots.values(), currentSlot(at))?.slot).toBe('202612060000');
    const url = new URL(forecastUrl('https://kma.example/svc/', 'a+b/c==', run, { nx: 60, ny: 127 }));
    expect(url.pathname).toBe('/svc/getVilageFcst');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ serviceKey: 'a+b/c==', base_date: '20261205', base_time: '2300', nx: '60', ny: '127', dataType: 'JSON' });
  });
  it('passes an already encoded key unchanged', () => {
    const url = forecastUrl('https://kma.example/svc', 'a%2Bb%2Fc%3D%3D', { baseDate: '20261206', baseTime: '0200' }, { nx: 1, ny: 2 });
    expect(url).toContain('serviceKey=a%2Bb%2Fc%3D%3D&');
  });
  it('picks nothing when every slot is past', () => {
    const slots = parseForecast(answer([item('TMP', '20261206', '0000', '1')]));
    expect(pickSlot(slots.values(), '202612060300')).toBeNull();
  });
});
