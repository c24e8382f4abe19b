// KOPIS (공연예술통합전산망, kopis.or.kr open API) for plays, musicals and concerts: a
// `service` key, XML answers. List: GET {base}/pblprfr?service&stdate&eddate&cpage&rows
// &shprfnm[&shcate]; detail: GET {base}/pblprfr/{mt20id}?service. Both answer
// <dbs><db>…</db>…</dbs>; one result comes back as a single <db> (an object after parsing,
// not a list), none as an empty <dbs/>, and an error as a <db> with <returncode>/<errmsg>.
import { XMLParser } from 'fast-xml-parser';
import type { CatalogShow, ShowKind } from '@/lib/shows/schemas';
import { addDays } from '@/lib/missions/schedule';
import { imageUrl, isoDay, ProviderError, queryKeyClient, type ProviderOptions, type ShowProvider } from './types';
import { cleanStageTitle } from './titles';

/** KOPIS refuses a list query over 31 days (returncode 05). */
const WINDOW_DAYS = 30;
const MAX_ROWS = 100;

/** KOPIS genre names (genrenm) → our kinds; the first rule that matches wins. */
const GENRES: [RegExp, ShowKind][] = [
  [/^연극/, 'PLAY'],
  [/뮤지컬/, 'MUSICAL'],
  [/대중음악|서양음악|클래식|한국음악|국악/, 'CONCERT'],
];
export const kindOfGenre = (genre: string): ShowKind => GENRES.find(([re]) => re.test(genre))?.[1] ?? 'OTHER';

/** KOPIS's category codes (shcate) where one code is one of our kinds; other kinds are filtered after. */
const CATEGORY: Partial<Record<ShowKind, string>> = { PLAY: 'AAAA', MUSICAL: 'GGGA' };

const parser = new XMLParser({ parseTagValue: false, trimValues: true, ignoreAttributes: true });

type Db = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** The <db> elements of an answer, whether there were none, one (an object) or several (a list). */
export function parseKopis(xml: string): Db[] {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    throw new ProviderError('kopis', 'answer is not XML');
  }
  if (!doc || typeof doc !== 'object' || !('dbs' in doc)) throw new ProviderError('kopis', 'answer has no <dbs>');
  const dbs = (doc as { dbs: unknown }).dbs;
  if (!dbs || typeof dbs !== 'object') return []; // <dbs/>: nothing found
  const db = (dbs as { db?: unknown }).db;
  const list = (Array.isArray(db) ? db : db === undefined ? [] : [db]).filter((d): d is Db => !!d && typeof d === 'object');
  const error = list.find((d) => str(d.returncode));
  if (error) {
    // 04 is "no data"; anything else (bad key, over 31 days, server error) is a failure.
    if (str(error.returncode) === '04') return [];
    throw new ProviderError('kopis', `returncode ${str(error.returncode)} ${str(error.errmsg)}`);
  }
  return list;
}

/** One <db> (list or detail) as a catalog show; null when it lacks an id, title or start date. */
export function kopisShow(db: Db): CatalogShow | null {
  const id = str(db.mt20id);
  const title = cleanStageTitle(str(db.prfnm));
  const runStart = isoDay(str(db.prfpdfrom));
  if (!/^[A-Za-z0-9]{1,40}$/.test(id) || !title || !runStart) return null;
  const genre = str(db.genrenm);
  const runEnd = isoDay(str(db.prfpdto));
  const venue = str(db.fcltynm).replace(/\s+/g, ' ');
  const poster = imageUrl(str(db.poster), ['www.kopis.or.kr', 'kopis.or.kr']);
  return {
    key: `kopis:${id}`,
    kind: kindOfGenre(genre),
    title,
    year: Number(runStart.slice(0, 4)),
    ...(genre ? { genre } : {}),
    ...(venue ? { venue } : {}),
    runStart,
    ...(runEnd ? { runEnd } : {}),
    ...(poster ? { posterUrl: poster } : {}),
  };
}

const compact = (day: string) => day.replaceAll('-', '');

export function kopisProvider({ serviceKey, ...opts }: ProviderOptions & { serviceKey: string }): ShowProvider {
  const { base, get } = queryKeyClient('kopis', opts, { service: serviceKey });
  return {
    name: 'kopis',
    kinds: ['PLAY', 'MUSICAL', 'CONCERT', 'OTHER'],
    endpoint: base,
    async search(q, { kind, limit, today }) {
      const category = kind ? CATEGORY[kind] : undefined;
      // Shows running in the last month (today included): what someone records after a visit.
      const params: Record<string, string> = {
        stdate: compact(addDays(today, -WINDOW_DAYS)),
        eddate: compact(today),
        cpage: '1',
        rows: String(kind && !category ? MAX_ROWS : Math.min(limit, MAX_ROWS)),
        shprfnm: q,
        ...(category ? { shcate: category } : {}),
      };
      const shows = parseKopis(await get('/pblprfr', params)).map(kopisShow);
      return shows.filter((s): s is CatalogShow => !!s && (!kind || s.kind === kind)).slice(0, limit);
    },
    async get(id) {
      if (!/^[A-Za-z0-9]{1,40}$/.test(id)) return null;
      const [db] = parseKopis(await get(`/pblprfr/${id}`, {}));
      return db ? kopisShow(db) : null;
    },
  };
}
