import { z } from 'zod';
import { route } from '@/lib/http';
import { requireUser } from '@/lib/accounts/session';
import { line } from '@/lib/schemas';
import { listDongs, listSido, listSigungu } from '@/lib/areas/service';

const query = z.object({ sido: line().max(20).optional(), sigungu: line().max(20).optional() }).strict();

// GET /api/areas?sido=&sigungu= — the picker's next step: 시/도, then 시/군/구, then 읍/면/동
export const GET = route(async (req) => {
  await requireUser();
  const { sido, sigungu } = query.parse(Object.fromEntries(req.nextUrl.searchParams));
  if (sido && sigungu) return { dongs: listDongs(sido, sigungu).map(({ code, dong }) => ({ code, name: dong })) };
  if (sido) return { sigungu: listSigungu(sido) };
  return { sido: listSido() };
});
