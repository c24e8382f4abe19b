// Pieces made straight in the database, for tests of the parts built on them (ticket
// images, share links), and small readers of what a page or image answered.
import fs from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { resolveTypedShow } from '@/lib/shows/service';
import type { Prisma } from '@/lib/generated/prisma/client';

export async function makePiece(ownerId: string, fields: Partial<Prisma.PieceUncheckedCreateInput> = {}) {
  const show = await resolveTypedShow({ kind: 'MUSICAL', title: '레미제라블', year: 2026 });
  return db.piece.create({
    data: {
      ownerId, showId: show.id, kind: 'MUSICAL', title: '레미제라블', date: new Date('2026-03-14T00:00:00Z'), time: '19:30',
      venue: '블루스퀘어 신한카드홀', seat: '1층 B구역 7열 12번', price: 150000, cast: ['홍광호', '박은태'], rating: 9,
      review: '마지막 넘버에서 온몸에 소름이 돋았다 🎉', ...fields,
    },
  });
}

/** The content of `<meta property|name="…" content="…">` tags, by property or name. */
export function metaTags(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<meta\s+([^>]*?)\/?>/g)) {
    const attrs = Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"')]));
    const key = attrs.property ?? attrs.name;
    if (key && attrs.content !== undefined) out[key] ??= attrs.content;
  }
  return out;
}

/** Whether the app stored an object under this storage key (disk storage). */
export const storedFile = (key: string) => fs.existsSync(path.join(process.env.STORAGE_DIR ?? '.moa/files', key));
