import { requirePageUser } from '@/lib/accounts/session';
import { tabMetadata } from '@/components/shell/tab-empty';
import { listPosts, myArea } from '@/lib/posts/service';
import type { PostPage } from '@/lib/posts/queries';
import { NeighbourhoodHome } from '@/components/posts/neighbourhood-home';
import { FIRST_LIST_FILTERS } from '@/lib/posts/categories';

export const generateMetadata = () => tabMetadata('neighbourhood');

// /neighbourhood — 동네: my neighbourhood, menu suggestions and group orders around me.
// The list's first page comes with the HTML (the API's function and shape, through JSON):
// on a phone it was the largest paint, and it waited for the scripts and GET /api/posts.
export default async function Page() {
  const user = await requirePageUser();
  const area = await myArea(user.id);
  const first = area.area ? await listPosts(user.id, { ...FIRST_LIST_FILTERS, radiusKm: area.radiusKm, limit: 20 }) : undefined;
  return <NeighbourhoodHome initialArea={area} initialPosts={first && (JSON.parse(JSON.stringify({ posts: first.posts, nextCursor: first.nextCursor })) as PostPage)} />;
}
