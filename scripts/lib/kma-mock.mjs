// A stand-in for KMA's short-term forecast API (getVilageFcst) for the test runner, in
// its real answer shapes: JSON items per category and hour, result codes in the header,
// and the XML error it sends for an unknown service key whatever dataType asked for.
// West of grid x 80 (Seoul, Incheon, …) it rains at 12 °C; east of it (Busan, Ulsan, …)
// it answers NO_DATA, so tests see both a dong with weather and one without.
import http from 'node:http';

export const KMA_TEST_KEY = 'kma-test-key/+==';

const pad = (n) => String(n).padStart(2, '0');

function slots(baseDate, baseTime, hours) {
  const y = Number(baseDate.slice(0, 4));
  const m = Number(baseDate.slice(4, 6));
  const d = Number(baseDate.slice(6, 8));
  const h = Number(baseTime.slice(0, 2));
  const out = [];
  for (let i = 1; i <= hours; i++) {
    const t = new Date(Date.UTC(y, m - 1, d, h + i));
    out.push([`${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`, `${pad(t.getUTCHours())}00`]);
  }
  return out;
}

export async function startKmaMock({ port }) {
  const calls = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const q = Object.fromEntries(url.searchParams);
    calls.push(q);
    if (!url.pathname.endsWith('/getVilageFcst')) return void res.writeHead(404).end();
    if (q.serviceKey !== KMA_TEST_KEY) {
      res.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8' });
      return void res.end('<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>');
    }
    const header = (resultCode, resultMsg) => ({ resultCode, resultMsg });
    const json = (body) => {
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (!/^\d{8}$/.test(q.base_date ?? '') || !/^(02|05|08|11|14|17|20|23)00$/.test(q.base_time ?? '') || q.dataType !== 'JSON') {
      return json({ response: { header: header('10', 'INVALID_REQUEST_PARAMETER_ERROR') } });
    }
    const nx = Number(q.nx);
    if (!(nx > 0) || nx >= 80) return json({ response: { header: header('03', 'NO_DATA') } });
    const item = [];
    for (const [fcstDate, fcstTime] of slots(q.base_date, q.base_time, 6)) {
      for (const [category, fcstValue] of [['TMP', '12'], ['SKY', '4'], ['PTY', '1'], ['POP', '80'], ['PCP', '1.0mm'], ['REH', '90']]) {
        item.push({ baseDate: q.base_date, baseTime: q.base_time, category, fcstDate, fcstTime, fcstValue, nx, ny: Number(q.ny) });
      }
    }
    json({ response: { header: header('00', 'NORMAL_SERVICE'), body: { dataType: 'JSON', items: { item }, pageNo: 1, numOfRows: Number(q.numOfRows ?? 10), totalCount: item.length } } });
  });
  await new Promise((resolve, reject) => {
    server.listen(port, '127.0.0.1', resolve);
    server.once('error', reject);
  });
  return { url: `http://127.0.0.1:${port}/1360000/VilageFcstInfoService_2.0`, calls, stop: () => new Promise((r) => server.close(() => r())) };
}
