// A couple's home: days together, the next D-Days, the open question, the settings.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import type { Locale } from '@/lib/i18n/config';
import { dateToDay, dayToDate, kstDay } from '@/lib/missions/schedule';
import { getCoupleMemberOrThrow } from './access';
import { listDDays } from './calendar-service';
import { daysTogether } from './dates';
import { publishCoupleChanged } from './events';
import { openQuestion } from './question-service';
import type { CoupleOverviewDto, Frequency } from './schemas';

export async function getCoupleOverview(actorId: string, circleId: string, locale: Locale): Promise<CoupleOverviewDto> {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  const members = couple.members.map((m) => ({ userId: m.userId, user: m.user }));
  const today = kstDay(now());
  const [settings, dDays, open] = await Promise.all([
    db.coupleSettings.findUnique({ where: { circleId }, select: { questionFrequency: true, startDate: true } }),
    listDDays(circleId, couple.members, today),
    openQuestion(actorId, circleId, members, locale),
  ]);
  const startDate = settings?.startDate ? dateToDay(settings.startDate) : null;
  return {
    circleId,
    roomId: couple.room?.id ?? null,
    today,
    startDate,
    daysTogether: startDate && startDate <= today ? daysTogether(startDate, today) : null,
    questionFrequency: settings?.questionFrequency ?? 'ALWAYS',
    dDays,
    openQuestion: open,
    waitingQuestion: open && !open.answeredByMe ? open : null,
  };
}

/** Either partner changes the question frequency or the start date; the other sees it live. */
export async function updateCoupleSettings(
  actorId: string,
  circleId: string,
  input: { questionFrequency?: Frequency; startDate?: string | null },
  locale: Locale,
) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const data = {
    ...(input.questionFrequency !== undefined ? { questionFrequency: input.questionFrequency } : {}),
    ...(input.startDate !== undefined ? { startDate: input.startDate ? dayToDate(input.startDate) : null } : {}),
  };
  await db.coupleSettings.upsert({ where: { circleId }, create: { circleId, ...data }, update: data });
  await publishCoupleChanged(circleId, 'settings');
  return getCoupleOverview(actorId, circleId, locale);
}
