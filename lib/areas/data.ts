// The bundled list of administrative dongs, read once per process. Kept as the TSV it
// came in (lib/areas/README.md) and traced into the build (next.config.js).
import fs from 'node:fs';
import path from 'node:path';

export interface Area {
  /** 10-digit 행정기관코드. */
  code: string;
  sido: string;
  sigungu: string;
  dong: string;
  lat: number;
  lon: number;
}

let cache: { list: Area[]; byCode: Map<string, Area> } | undefined;

export function parseAreas(tsv: string): Area[] {
  const [header, ...lines] = tsv.trim().split('\n');
  if (header.trim() !== 'code\tsido\tsigungu\tdong\tlat\tlon') throw new Error('unexpected areas header');
  return lines.map((line) => {
    const [code, sido, sigungu, dong, lat, lon] = line.trim().split('\t');
    return { code, sido, sigungu, dong, lat: Number(lat), lon: Number(lon) };
  });
}

function load() {
  if (!cache) {
    const list = parseAreas(fs.readFileSync(path.join(process.cwd(), 'lib', 'areas', 'korea-areas.tsv'), 'utf8'));
    cache = { list, byCode: new Map(list.map((a) => [a.code, a])) };
  }
  return cache;
}

export const allAreas = (): readonly Area[] => load().list;
export const findArea = (code: string): Area | undefined => load().byCode.get(code);
