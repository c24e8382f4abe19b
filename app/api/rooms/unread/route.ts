import { route } from '@/lib/http';
import { requireClaims } from '@/lib/accounts/session';
import { unreadCounts } from '@/lib/chat/messages';

// GET /api/rooms/unread — every room's last seq and my read position, and the total:
// the tab badge's data, without the chat list's names, avatars and previews.
export const GET = route(async () => unreadCounts(await requireClaims()));
