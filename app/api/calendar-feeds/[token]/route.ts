import { parseParams, requestLocale, route } from '@/lib/http';
import { icsParams } from '@/lib/couple/schemas';
import { renderIcs } from '@/lib/couple/calendar-service';

// GET /api/calendar-feeds/[token] — a couple calendar as iCalendar (the token is the only key)
export const GET = route<{ token: string }>(async (req, params) => {
  const { token } = parseParams(params, icsParams);
  const body = await renderIcs(token, requestLocale(req));
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="moa-couple.ics"',
      'cache-control': 'private, max-age=300',
      'x-robots-tag': 'noindex',
    },
  });
});
