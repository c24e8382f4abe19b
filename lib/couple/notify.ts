// Couple notices ("새 질문이 도착했어요", "상대가 답했어요") for partners who are not
// looking at the couple room; whoever is in it sees the card change live instead.
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import { presentUserIds } from '@/lib/notifications/message-push';
import { notify } from '@/lib/notifications/service';
import type { NotificationKind } from '@/lib/notifications/schemas';

interface Notice {
  kind: NotificationKind;
  titleKey: 'coupleTools.notify.newQuestion' | 'coupleTools.notify.answered';
  body: (locale: Locale) => string;
  url: string;
}

export async function notifyPartnersAway(roomId: string, userIds: string[], n: Notice) {
  if (!userIds.length) return;
  const present = await presentUserIds(roomId);
  const away = userIds.filter((id) => !present.has(id));
  if (!away.length) return;
  await notify(away, { kind: n.kind, title: (l) => translator(l)(n.titleKey), body: n.body, url: n.url });
}
