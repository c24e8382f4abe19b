// Board news for the notification center and push: grapes given (to the child) and gift
// time (to the child and every parent). Called after the write committed. Filed under
// the 'board' notification kind (grapes given, gift time).
import { db } from '@/lib/db';
import { translator } from '@/lib/i18n/messages';
import { notify } from '@/lib/notifications/service';
import { listParentIds } from '@/lib/circles/access';
import type { BoardDto } from './schemas';

const boardUrl = (circleId: string) => `/circles/${circleId}/board`;

export function notifyGrapesGiven(board: BoardDto, count: number) {
  return notify([board.childId], {
    kind: 'board',
    title: (locale) => translator(locale)('board.notify.grapesTitle', { count }),
    body: (locale) => translator(locale)('board.notify.grapesBody', { gift: board.wish.name }),
    url: boardUrl(board.circleId),
  });
}

export async function notifyGiftTime(board: BoardDto) {
  const [parents, child] = await Promise.all([
    listParentIds(board.circleId),
    db.user.findUnique({ where: { id: board.childId }, select: { displayName: true } }),
  ]);
  return notify([board.childId, ...parents], {
    kind: 'board',
    title: (locale) => translator(locale)('board.notify.giftTitle'),
    body: (locale) => translator(locale)('board.notify.giftBody', { name: child?.displayName ?? '', gift: board.wish.name }),
    url: boardUrl(board.circleId),
  });
}
