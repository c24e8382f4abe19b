// 메뉴 추천 for a person now: their dong's weather (when KMA is configured) and the
// categories of the orders they took part in lately feed the offline scoring.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { localWeather } from '@/lib/weather/service';
import { suggestMenus } from './menu';

export async function menuFor(userId: string, locale: 'ko' | 'en') {
  const [user, recent] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { areaCode: true } }),
    db.post.findMany({
      where: { OR: [{ authorId: userId }, { room: { members: { some: { userId, bannedAt: null } } } }] },
      orderBy: { createdAt: 'desc' },
      take: 10,
      select: { category: true },
    }),
  ]);
  const weather = user.areaCode ? await localWeather(user.areaCode) : null;
  const suggestions = suggestMenus({ at: now(), weather, recentCategories: recent.map((r) => r.category), seed: userId });
  return {
    weather: weather && { sky: weather.sky, precip: weather.precip, temp: weather.temp, pop: weather.pop, slot: weather.slot },
    suggestions: suggestions.map((s) => ({ name: locale === 'en' ? s.dish.en : s.dish.ko, category: s.dish.category, reasons: s.reasons })),
  };
}
