// 메뉴 추천 for a person now: their dong's weather (when KMA is configured) and the
// categories of the orders they took part in lately feed the offline scoring; with an
// AI endpoint configured it re-ranks the shortlist and explains, else (or on failure)
// the offline order stands.
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { now } from '@/lib/clock';
import { kstParts } from '@/lib/weather/base-time';
import { localWeather } from '@/lib/weather/service';
import { suggestMenus, type Suggestion } from './menu';
import { rerankWithAi, type AiPick } from './menu-ai';

export interface MenuDeps {
  fetchImpl?: typeof fetch;
}

async function aiPicks(shortlist: Suggestion[], at: Date, weather: string | null, locale: 'ko' | 'en', deps: MenuDeps): Promise<AiPick[] | null> {
  const e = env();
  if (!e.AI_BASE_URL || !e.AI_API_KEY || !e.AI_MODEL) return null;
  const p = kstParts(at);
  try {
    return await rerankWithAi({ baseUrl: e.AI_BASE_URL, apiKey: e.AI_API_KEY, model: e.AI_MODEL }, shortlist, { hourKst: p.h, month: p.m, weather, locale }, deps.fetchImpl);
  } catch (err) {
    console.warn('[moa] AI menu ranking failed, using the offline order:', (err as Error).message);
    return null;
  }
}

export async function menuFor(userId: string, locale: 'ko' | 'en', deps: MenuDeps = {}) {
  const [user, recent] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { areaCode: true } }),
    db.post.findMany({
      where: { OR: [{ authorId: userId }, { room: { members: { some: { userId, bannedAt: null } } } }] },
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { category: true },
    }),
  ]);
  const at = now();
  const weather = user.areaCode ? await localWeather(user.areaCode) : null;
  const shortlist = suggestMenus({ at, weather, recentCategories: recent.map((r) => r.category), seed: userId, count: 10 });
  const weatherText = weather ? [weather.precip, weather.sky, weather.temp !== null ? `${weather.temp}°C` : null].filter(Boolean).join(', ') : null;
  const picks = await aiPicks(shortlist, at, weatherText, locale, deps);
  const byName = new Map(shortlist.map((s) => [s.dish.ko, s]));
  const chosen = picks ? picks.map((p) => ({ s: byName.get(p.name)!, why: p.why })) : shortlist.slice(0, 5).map((s) => ({ s, why: null }));
  return {
    source: picks ? ('ai' as const) : ('offline' as const),
    weather: weather && { sky: weather.sky, precip: weather.precip, temp: weather.temp, pop: weather.pop, slot: weather.slot },
    suggestions: chosen.map(({ s, why }) => ({ name: locale === 'en' ? s.dish.en : s.dish.ko, category: s.dish.category, reasons: s.reasons, why })),
  };
}
