import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { AppError } from '@/lib/errors';
import { postParams } from '@/lib/posts/schemas';
import { getPost } from '@/lib/posts/service';
import { PostForm } from '@/components/posts/post-form';

// /neighbourhood/posts/[postId]/edit — the author edits a group order
export default async function EditPostPage({ params }: { params: Promise<{ postId: string }> }) {
  const user = await requirePageUser();
  const parsed = postParams.safeParse(await params);
  if (!parsed.success) notFound();
  const post = await getPost(user.id, parsed.data.postId).catch((err) => {
    if (err instanceof AppError) return null;
    throw err;
  });
  if (!post || post.me !== 'author') notFound();
  const t = await getT();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('posts.ui.form.editTitle')}</h1>
      <PostForm post={post} areaName={post.area.name} />
    </div>
  );
}
