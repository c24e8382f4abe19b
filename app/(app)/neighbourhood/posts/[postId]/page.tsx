import { requirePageUser } from '@/lib/accounts/session';
import { PostView } from '@/components/posts/post-view';

// /neighbourhood/posts/[postId] — one group order
export default async function PostPage({ params }: { params: Promise<{ postId: string }> }) {
  await requirePageUser();
  const { postId } = await params;
  return <PostView postId={postId} />;
}
