// What the API answers for a post; the same object is published on changes.
import type { Post } from '@/lib/generated/prisma/client';
import { findArea } from '@/lib/areas/data';
import { toUserBrief, userBriefSelect, type UserBrief } from '@/lib/users/brief';

export const postInclude = { author: { select: userBriefSelect } } as const;
type PostRow = Post & { author: Parameters<typeof toUserBrief>[0] };

export type Membership = 'author' | 'member' | 'banned' | 'none';

export interface PostDto {
  id: string;
  title: string;
  body: string;
  category: Post['category'];
  restaurant: string;
  menu: string;
  wanted: number;
  joined: number;
  deadline: string;
  place: string;
  deliveryFee: number | null;
  /** The delivery fee split over the people in it now (rounded up to the won). */
  feePerPerson: number | null;
  minOrder: number | null;
  status: Post['status'];
  closedReason: string | null;
  area: { code: string; name: string };
  /** Centroid distance from the viewer's dong, km (list views). */
  distanceKm: number | null;
  author: UserBrief;
  roomId: string;
  me: Membership;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

export const feePerPerson = (fee: number | null, joined: number) => (fee === null ? null : Math.ceil(fee / Math.max(1, joined)));

export function toPostDto(p: PostRow, me: Membership, distanceKm: number | null = null): PostDto {
  const area = findArea(p.areaCode);
  return {
    id: p.id,
    title: p.title,
    body: p.body,
    category: p.category,
    restaurant: p.restaurant,
    menu: p.menu,
    wanted: p.wanted,
    joined: p.joinedCount,
    deadline: p.deadline.toISOString(),
    place: p.place,
    deliveryFee: p.deliveryFee,
    feePerPerson: feePerPerson(p.deliveryFee, p.joinedCount),
    minOrder: p.minOrder,
    status: p.status,
    closedReason: p.closedReason,
    area: { code: p.areaCode, name: area?.dong ?? '' },
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
    author: toUserBrief(p.author),
    roomId: p.roomId,
    me,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    deleted: !!p.deletedAt,
  };
}
