// The couple calendar: events both partners add (any can be a D-Day), plus what is
// computed, never stored: 100-day and yearly anniversaries of the start date and each
// partner's birthday. Also the iCalendar subscription feed.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import { addDays, dateToDay, dayToDate, kstDay, monthRange, type Day } from '@/lib/missions/schedule';
import { getCoupleMemberOrThrow } from './access';
import { anniversariesBetween, birthdaysBetween, dDayLabel, type Anniversary } from './dates';
import { publishCoupleChanged } from './events';
import { toIcs, type IcsEvent } from './ics';
import type { AnniversaryDto, CoupleCalendarDto, CoupleEventDto, EventInput } from './schemas';
import { toUserBrief } from '@/lib/users/brief';

type EventRow = {
  id: string; title: string; date: Date; time: string | null; memo: string; isDDay: boolean; createdById: string | null;
};
type Member = Awaited<ReturnType<typeof getCoupleMemberOrThrow>>['members'][number];

function toEventDto(e: EventRow, members: Member[], today: Day): CoupleEventDto {
  const by = members.find((m) => m.userId === e.createdById);
  const date = dateToDay(e.date);
  return {
    id: e.id, title: e.title, date, time: e.time, memo: e.memo, isDDay: e.isDDay,
    dDayLabel: e.isDDay ? dDayLabel(date, today) : null,
    createdBy: by ? toUserBrief(by.user) : null,
  };
}

async function startDateOf(circleId: string): Promise<Day | null> {
  const s = await db.coupleSettings.findUnique({ where: { circleId }, select: { startDate: true } });
  return s?.startDate ? dateToDay(s.startDate) : null;
}

async function birthdaysOf(members: Member[]) {
  const rows = await db.user.findMany({ where: { id: { in: members.map((m) => m.userId) } }, select: { id: true, birthday: true } });
  return rows.filter((r) => r.birthday).map((r) => ({ userId: r.id, day: dateToDay(r.birthday!) }));
}

/** Anniversaries and birthdays in [from, to]. */
async function computed(circleId: string, members: Member[], from: Day, to: Day): Promise<Anniversary[]> {
  const [start, birthdays] = await Promise.all([startDateOf(circleId), birthdaysOf(members)]);
  const out = start ? anniversariesBetween(start, from, to) : [];
  for (const b of birthdays) out.push(...birthdaysBetween(b.day, b.userId, from, to));
  return out.sort((a, b) => a.day.localeCompare(b.day));
}

const toAnniversaryDto = (a: Anniversary, members: Member[]): AnniversaryDto => {
  const m = a.userId ? members.find((x) => x.userId === a.userId) : undefined;
  return { day: a.day, kind: a.kind, n: a.n, ...(m ? { user: toUserBrief(m.user) } : {}) };
};

export async function getCoupleCalendar(actorId: string, circleId: string, month?: string): Promise<CoupleCalendarDto> {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  const today = kstDay(now());
  const m = month ?? today.slice(0, 7);
  const { first, last } = monthRange(m);
  const [events, extra, startDate] = await Promise.all([
    db.coupleEvent.findMany({ where: { circleId, date: { gte: dayToDate(first), lte: dayToDate(last) } }, orderBy: [{ date: 'asc' }, { time: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] }),
    computed(circleId, couple.members, first, last),
    startDateOf(circleId),
  ]);
  return {
    month: m,
    today,
    startDate,
    events: events.map((e) => toEventDto(e, couple.members, today)),
    anniversaries: extra.map((a) => toAnniversaryDto(a, couple.members)),
  };
}

/** D-Day events: upcoming ones (today included) nearest first, then past ones most recent first. */
export async function listDDays(circleId: string, members: Member[], today: Day, take = 5) {
  const [upcoming, past] = await Promise.all([
    db.coupleEvent.findMany({ where: { circleId, isDDay: true, date: { gte: dayToDate(today) } }, orderBy: { date: 'asc' }, take }),
    db.coupleEvent.findMany({ where: { circleId, isDDay: true, date: { lt: dayToDate(today) } }, orderBy: { date: 'desc' }, take }),
  ]);
  return [...upcoming, ...past].slice(0, take).map((e) => {
    const d = toEventDto(e, members, today);
    return { id: d.id, title: d.title, date: d.date, label: d.dDayLabel! };
  });
}

export async function createEvent(actorId: string, circleId: string, input: EventInput) {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  const e = await db.coupleEvent.create({
    data: {
      circleId, createdById: actorId, title: input.title, date: dayToDate(input.date), time: input.time ?? null,
      memo: input.memo ?? '', isDDay: input.isDDay ?? false, createdAt: now(),
    },
  });
  await publishCoupleChanged(circleId, 'events');
  return toEventDto(e, couple.members, kstDay(now()));
}

async function ownEventOrThrow(circleId: string, eventId: string) {
  const e = await db.coupleEvent.findFirst({ where: { id: eventId, circleId }, select: { id: true } });
  if (!e) throw notFound();
}

/** Either partner may edit or delete any of the couple's events (a shared calendar). */
export async function updateEvent(actorId: string, circleId: string, eventId: string, input: Partial<EventInput>) {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  await ownEventOrThrow(circleId, eventId);
  const e = await db.coupleEvent.update({
    where: { id: eventId },
    data: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.date !== undefined ? { date: dayToDate(input.date) } : {}),
      ...(input.time !== undefined ? { time: input.time } : {}),
      ...(input.memo !== undefined ? { memo: input.memo } : {}),
      ...(input.isDDay !== undefined ? { isDDay: input.isDDay } : {}),
    },
  });
  await publishCoupleChanged(circleId, 'events');
  return toEventDto(e, couple.members, kstDay(now()));
}

export async function deleteEvent(actorId: string, circleId: string, eventId: string) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const { count } = await db.coupleEvent.deleteMany({ where: { id: eventId, circleId } });
  if (!count) throw notFound();
  await publishCoupleChanged(circleId, 'events');
}

// ── iCalendar subscription ──────────────────────────────────────────────────

const newToken = () => randomBytes(24).toString('base64url');

/** The feed's path, creating the secret on first use. */
export async function getIcsPath(actorId: string, circleId: string) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const s = await db.coupleSettings.upsert({ where: { circleId }, create: { circleId, icsToken: newToken() }, update: {} });
  const token = s.icsToken ?? (await db.coupleSettings.update({ where: { circleId }, data: { icsToken: newToken() } })).icsToken!;
  return { path: `/api/calendar-feeds/${token}` };
}

/** A new secret: the old link stops working at once. */
export async function resetIcsToken(actorId: string, circleId: string) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const token = newToken();
  await db.coupleSettings.upsert({ where: { circleId }, create: { circleId, icsToken: token }, update: { icsToken: token } });
  return { path: `/api/calendar-feeds/${token}` };
}

/** The feed itself: events of the last year and the next five, anniversaries and birthdays. */
export async function renderIcs(token: string, locale: Locale): Promise<string> {
  const s = await db.coupleSettings.findUnique({
    where: { icsToken: token },
    select: { circleId: true, circle: { select: { dissolvedAt: true, kind: true, members: { include: { user: { select: { id: true, displayName: true, avatarKey: true, deletedAt: true } } } } } } },
  });
  if (!s || s.circle.dissolvedAt || s.circle.kind !== 'COUPLE') throw notFound();
  const t = translator(locale);
  const today = kstDay(now());
  const from = addDays(today, -366);
  const to = addDays(today, 5 * 366);
  const members = s.circle.members as Member[];
  const [events, extra] = await Promise.all([
    db.coupleEvent.findMany({ where: { circleId: s.circleId, date: { gte: dayToDate(from), lte: dayToDate(to) } }, orderBy: { date: 'asc' } }),
    computed(s.circleId, members, from, to),
  ]);
  const items: IcsEvent[] = events.map((e) => ({
    uid: `${e.id}@moa`, summary: e.isDDay ? `${e.title} (D-Day)` : e.title, description: e.memo || undefined, date: dateToDay(e.date), time: e.time,
  }));
  for (const a of extra) {
    const who = a.userId ? members.find((m) => m.userId === a.userId)?.user.displayName ?? '' : '';
    const summary = a.kind === 'days' ? t('coupleTools.calendar.daysAnniversary', { n: a.n })
      : a.kind === 'years' ? t('coupleTools.calendar.yearsAnniversary', { n: a.n })
      : t('coupleTools.calendar.birthday', { name: who });
    items.push({ uid: `${a.kind}-${a.n}-${a.userId ?? ''}-${a.day}-${s.circleId}@moa`, summary, date: a.day });
  }
  return toIcs(t('coupleTools.calendar.feedName'), items, now());
}
